package de.akn.workflow.funding.web;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.Texts;
import de.akn.workflow.funding.FundingCalendar;
import de.akn.workflow.funding.FundingProgrammes;
import de.akn.workflow.funding.ProgrammeCommands;
import de.akn.workflow.funding.FundingProgrammes.CalendarEntry;
import de.akn.workflow.funding.FundingProgrammes.Programme;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "Förderung", description = "Förderprogramme, ihre Förderaufrufe und der Förderkalender")
class FundingProgrammeController {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final FundingProgrammes programmes;
    private final FundingCalendar calendar;

    FundingProgrammeController(FundingProgrammes programmes, FundingCalendar calendar) {
        this.programmes = programmes;
        this.calendar = calendar;
    }

    @GetMapping("/api/funding-programmes")
    @Operation(summary = "Die Förderprogramme mit ihren Förderaufrufen")
    List<Programme> list() {
        return programmes.list();
    }

    @GetMapping("/api/funding-programmes/{id}")
    @Operation(summary = "Ein Förderprogramm")
    Programme get(@PathVariable String id) {
        return programmes.find(id).orElseThrow(FundingProgrammeController::unknown);
    }

    @PostMapping("/api/funding-programmes")
    @Operation(summary = "Förderprogramm anlegen (Koordination, Administration)",
            description = "id, name, provider, url, maxRatePercent, calls [{opens, closes}]. Ungültige Eingaben: 400 "
                    + "mit einer Meldung je Feld; eine vergebene Kennung: 409.")
    @ApiResponse(responseCode = "201", description = "Angelegt")
    @ApiResponse(responseCode = "400", description = "Ungültige Eingabe",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Kennung vergeben")
    ResponseEntity<Programme> create(@RequestBody Map<String, Object> input) {
        try {
            Programme created = programmes.create(ProgrammeCommands.create(input));
            return ResponseEntity.created(URI.create("/api/funding-programmes/" + created.id())).body(created);
        } catch (FundingProgrammes.ProgrammeExists e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
        }
    }

    @PatchMapping("/api/funding-programmes/{id}")
    @Operation(summary = "Förderprogramm ändern (Koordination, Administration)",
            description = "Nur die angegebenen Felder ändern sich; calls ersetzt die Förderaufrufe.")
    @ApiResponse(responseCode = "400", description = "Ungültige Eingabe",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Unbekanntes Förderprogramm")
    Programme update(@PathVariable String id, @RequestBody Map<String, Object> input) {
        // an unknown programme is 404 whatever the body
        programmes.find(id).orElseThrow(FundingProgrammeController::unknown);
        return programmes.update(id, ProgrammeCommands.change(input)).orElseThrow(FundingProgrammeController::unknown);
    }

    @GetMapping("/api/funding-calendar")
    @Operation(summary = "Förderkalender: die Förderaufrufe, die offen sind oder in den nächsten zwölf Monaten "
            + "beginnen, nach Fristende")
    List<CalendarEntry> calendar() {
        return programmes.calendar();
    }

    @GetMapping(value = "/api/funding-calendar.ics", produces = "text/calendar")
    @Operation(summary = "Förderkalender als Kalenderdatei (iCalendar): je Förderaufruf ein Eintrag am Fristende")
    ResponseEntity<String> ics() {
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"foerderkalender.ics\"")
                .body(calendar.ics(Dates.today()));
    }

    private static ResponseStatusException unknown() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, Texts.text("funding.programme.unknown"));
    }
}
