package de.akn.workflow.council.web;

import de.akn.workflow.common.Texts;
import de.akn.workflow.council.CouncilMeeting;
import de.akn.workflow.council.CouncilMeetings;
import de.akn.workflow.council.OParlUnavailable;
import de.akn.workflow.member.MemberService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The upcoming meetings of a member's council, from its council information system (OParl 1.1). */
@RestController
@Tag(name = "Mitglieder")
class CouncilMeetingController {

    private final CouncilMeetings meetings;

    CouncilMeetingController(CouncilMeetings meetings) {
        this.meetings = meetings;
    }

    @GetMapping("/api/members/{id}/council-meetings")
    @Operation(summary = "Kommende Sitzungen des Rates oder Kreistages (aus dem Ratsinformationssystem, OParl 1.1)",
            description = "Leer, wenn für das Mitglied kein OParl-System eingetragen ist; 502, wenn es nicht lesbar ist.")
    List<CouncilMeeting> upcoming(@PathVariable String id) {
        try {
            return meetings.upcoming(id);
        } catch (MemberService.UnknownMemberException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    @ExceptionHandler(OParlUnavailable.class)
    ProblemDetail unavailable(OParlUnavailable e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, e.getMessage());
        problem.setTitle(Texts.text("oparl.title"));
        return problem;
    }
}
