package de.akn.workflow.absence.web;

import de.akn.workflow.absence.Absence;
import de.akn.workflow.absence.AbsenceService;
import de.akn.workflow.absence.AbsenceService.Caller;
import de.akn.workflow.absence.NewAbsence;
import de.akn.workflow.security.IdentityDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/absences")
@Tag(name = "Abwesenheiten", description = "Abwesenheit und Vertretung: Aufgaben und E-Mails gehen an die Vertretung")
class AbsenceController {

    private final AbsenceService absences;
    private final IdentityDirectory directory;

    AbsenceController(AbsenceService absences, IdentityDirectory directory) {
        this.absences = absences;
        this.directory = directory;
    }

    record AbsenceRequest(String userId, String from, String to, String deputy) {
    }

    record AbsenceDto(Long id, String userId, String userName, LocalDate from, LocalDate to, String deputy,
            String deputyName) {
    }

    @PostMapping
    @Operation(summary = "Abwesenheit eintragen",
            description = "Für sich selbst; die Koordination und die Administration auch für andere. Während der "
                    + "Abwesenheit gehen zugewiesene Aufgaben an die Vertretung, E-Mails zusätzlich an sie. "
                    + "Daten als JJJJ-MM-TT oder TT.MM.JJJJ; ohne userId gilt die Abwesenheit für die anfragende Person.")
    @ApiResponse(responseCode = "201", description = "Eingetragen")
    @ApiResponse(responseCode = "400", description = "Ungültige Eingabe (Zeitraum, Überschneidung, Vertretung)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Abwesenheit einer anderen Person")
    ResponseEntity<AbsenceDto> record(@RequestBody AbsenceRequest request, Authentication user) {
        var input = new HashMap<String, Object>();
        input.put("userId", request.userId());
        input.put("from", request.from());
        input.put("to", request.to());
        input.put("deputy", request.deputy());
        Caller caller = caller(user);
        Absence absence = absences.record(NewAbsence.read(input, caller), caller);
        return ResponseEntity.created(URI.create("/api/absences/" + absence.getId())).body(dto(absence));
    }

    @GetMapping
    @Operation(summary = "Laufende und kommende Abwesenheiten",
            description = "Die Koordination sieht alle, alle anderen die ihrer Kommune.")
    List<AbsenceDto> list(Authentication user) {
        return absences.visibleTo(caller(user)).stream().map(this::dto).toList();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Abwesenheit löschen (beenden)")
    @ApiResponse(responseCode = "204", description = "Gelöscht")
    @ApiResponse(responseCode = "404", description = "Unbekannt")
    ResponseEntity<Void> delete(@PathVariable Long id, Authentication user) {
        try {
            absences.delete(id, caller(user));
        } catch (AbsenceService.UnknownAbsenceException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        return ResponseEntity.noContent().build();
    }

    private AbsenceDto dto(Absence a) {
        return new AbsenceDto(a.getId(), a.getUserId(), directory.displayName(a.getUserId()), a.getStartsOn(),
                a.getEndsOn(), a.getDeputy(), directory.displayName(a.getDeputy()));
    }

    private static Caller caller(Authentication user) {
        return new Caller(user.getName(), user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .toList());
    }

}
