package de.akn.workflow.meeting.web;

import de.akn.workflow.common.Texts;
import de.akn.workflow.meeting.ActionItem;
import de.akn.workflow.meeting.AgendaItem;
import de.akn.workflow.meeting.Meeting;
import de.akn.workflow.meeting.MeetingDocuments;
import de.akn.workflow.meeting.MeetingPlan;
import de.akn.workflow.meeting.MeetingService;
import de.akn.workflow.meeting.MeetingStatus;
import de.akn.workflow.member.MemberService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/meetings")
@Tag(name = "Sitzungen", description = "Sitzungen der Allianz: Tagesordnung, Protokoll, Arbeitsaufträge")
class MeetingController {

    private final MeetingService meetings;
    private final MeetingDocuments documents;
    private final MemberService members;

    MeetingController(MeetingService meetings, MeetingDocuments documents, MemberService members) {
        this.meetings = meetings;
        this.documents = documents;
        this.members = members;
    }

    record MeetingRequest(Object date, Object time, Object place) {
    }

    record AgendaItemDto(String title, String reference) {
        static AgendaItemDto of(AgendaItem item) {
            return new AgendaItemDto(item.title(), item.reference());
        }
    }

    record ActionItemDto(Long id, String title, String member, LocalDate due, ActionItem.Status status,
            String result, Instant doneAt) {
        static ActionItemDto of(ActionItem a) {
            return new ActionItemDto(a.getId(), a.getTitle(), a.getMemberId(), a.getDue(), a.getStatus(),
                    a.getResult(), a.getDoneAt());
        }
    }

    record MeetingDto(Long id, LocalDate date, String time, String place, String chair, String chairName,
            MeetingStatus status, String processInstanceId, List<AgendaItemDto> agenda, String minutesText,
            List<ActionItemDto> actionItems) {
    }

    @PostMapping
    @Operation(summary = "Sitzung planen (Koordination)", description = "Legt eine Sitzung an (Datum nach dem "
            + "heutigen Tag, höchstens eine Sitzung je Tag; Uhrzeit freiwillig, sonst die übliche Anfangszeit). Die "
            + "Koordination erhält die Aufgabe „Tagesordnung vorbereiten“. Den Vorsitz führt das in der festgelegten "
            + "Reihenfolge nächste Mitglied.")
    @ApiResponse(responseCode = "201", description = "Sitzung geplant")
    @ApiResponse(responseCode = "400", description = "Ungültige Eingabe (Datum nicht nach dem heutigen Tag oder Tag "
            + "bereits belegt)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Nur für die Koordination")
    ResponseEntity<MeetingDto> plan(@RequestBody MeetingRequest request, Authentication user) {
        Meeting meeting = meetings.plan(MeetingPlan.read(request.date(), request.time(), request.place(),
                day -> meetings.dayProblem(day, null)), user.getName());
        return ResponseEntity.created(URI.create("/api/meetings/" + meeting.getId()))
                .body(dto(meetings.find(meeting.getId()).orElseThrow()));
    }

    @GetMapping
    @Operation(summary = "Sitzungen der Allianz, die neueste zuerst")
    List<MeetingDto> list() {
        List<Meeting> all = meetings.findAll();
        var items = meetings.actionItems(all.stream().map(Meeting::getId).toList());
        return all.stream().map(m -> dto(m, items.getOrDefault(m.getId(), List.of()))).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eine Sitzung mit Tagesordnung, Protokoll und Arbeitsaufträgen (OPEN/DONE)")
    MeetingDto get(@PathVariable long id) {
        return dto(meeting(id));
    }

    @GetMapping("/{id}/agenda.pdf")
    @Operation(summary = "Einladung mit Tagesordnung als PDF")
    ResponseEntity<byte[]> agenda(@PathVariable long id) {
        Meeting meeting = meeting(id);
        return pdf(documents.agenda(meeting), "tagesordnung-" + meeting.getDate() + ".pdf");
    }

    @GetMapping("/{id}/minutes.pdf")
    @Operation(summary = "Protokoll als PDF", description = "409, solange das Protokoll nicht eingetragen ist.")
    ResponseEntity<byte[]> minutes(@PathVariable long id) {
        Meeting meeting = meeting(id);
        if (meeting.getStatus() != MeetingStatus.HELD) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, Texts.text("meeting.minutes.not-yet"));
        }
        return pdf(documents.minutes(meeting, meetings.actionItems(id)), "protokoll-" + meeting.getDate() + ".pdf");
    }

    private Meeting meeting(long id) {
        return meetings.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                Texts.text("meeting.not-found")));
    }

    private MeetingDto dto(Meeting m) {
        return dto(m, meetings.actionItems(m.getId()));
    }

    private MeetingDto dto(Meeting m, List<ActionItem> actionItems) {
        return new MeetingDto(m.getId(), m.getDate(), m.getStartTime().toString(), m.getPlace(), m.getChair(),
                members.nameOf(m.getChair()), m.getStatus(), m.getProcessInstanceId(),
                m.getAgenda().stream().map(AgendaItemDto::of).toList(), m.getMinutesText(),
                actionItems.stream().map(ActionItemDto::of).toList());
    }

    private static ResponseEntity<byte[]> pdf(byte[] content, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString()).body(content);
    }
}
