package de.akn.workflow.member.web;

import de.akn.workflow.common.MemberKind;
import de.akn.workflow.common.Texts;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberChanges;
import de.akn.workflow.member.MemberService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/members")
@Tag(name = "Mitglieder", description = "Der Kreis, die Mitgliedskommunen und der strategische Partner")
class MemberController {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final MemberService members;

    MemberController(MemberService members) {
        this.members = members;
    }

    @GetMapping
    @Operation(summary = "Die Mitglieder der Allianz und der strategische Partner",
            description = "Ohne year alle, auch ausgetretene (active=false); mit year die Mitglieder, die in diesem "
                    + "Jahr der Allianz angehörten.")
    @ApiResponse(responseCode = "400", description = "Ungültiges Jahr",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    List<MemberDto> list(@Parameter(description = "Jahr, z. B. 2026") @RequestParam(required = false) Integer year) {
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, Texts.text("calendar.year",
                    "first", FIRST_YEAR, "last", LAST_YEAR));
        }
        return (year == null ? members.findAll() : members.activeIn(year)).stream().map(MemberDto::of).toList();
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Daten eines Mitglieds ändern (Koordination, Administration)",
            description = "Nur die angegebenen Felder ändern sich: name, population, email, councilBody, oparlBody, "
                    + "iban, bic, bankName (Bankverbindung für Kostenerstattungen), signOffRequired (Zeichnung durch "
                    + "Zeichnungsberechtigte), bodies (Rat und Ausschüsse: id, name, kind COUNCIL oder COMMITTEE; "
                    + "die Liste ersetzt die bisherige). "
                    + "Ein leerer Text löscht E-Mail-Adresse oder OParl-Adresse.")
    @ApiResponse(responseCode = "200", description = "Geändert")
    @ApiResponse(responseCode = "400", description = "Ungültige Eingabe",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Unbekanntes Mitglied")
    MemberDto update(@PathVariable String id, @RequestBody MemberChanges changes) {
        try {
            return MemberDto.of(members.update(id, changes));
        } catch (MemberService.UnknownMemberException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    record BodyDto(String id, String name, String kind) {
    }

    record MemberDto(String id, String name, MemberKind kind, Integer population, String email, boolean active,
            String councilBody, String oparlBody, LocalDate joinedOn, LocalDate leftOn, String iban, String bic,
            String bankName, boolean signOffRequired, List<BodyDto> bodies) {
        static MemberDto of(Member m) {
            return new MemberDto(m.getId(), m.getName(), m.getKind(), m.getPopulation(), m.getEmail(), m.isActive(),
                    m.getCouncilBody(), m.getOparlBody(), m.getJoinedOn(), m.getLeftOn(), m.bankDetails().iban(), m.bankDetails().bic(),
                    m.bankDetails().bankName(), m.isSignOffRequired(), m.decides() ? m.getBodies().stream().map(b ->
                            new BodyDto(b.getId(), b.getName(), b.getKind().name())).toList() : List.of());
        }
    }
}
