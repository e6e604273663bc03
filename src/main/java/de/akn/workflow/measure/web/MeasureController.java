package de.akn.workflow.measure.web;

import de.akn.workflow.common.Texts;

import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureDossierPart;
import de.akn.workflow.measure.MeasureProposals;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.ProposalReader;
import de.akn.workflow.measure.Synergy;
import de.akn.workflow.measure.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/measures")
@Tag(name = "Maßnahmen", description = "Gemeinsame Maßnahmen der Allianz vorschlagen und lesen")
class MeasureController {

    private final MeasureService measures;
    private final ProposalReader reader;
    private final MeasureProposals proposals;
    private final Synergy synergy;
    private final ObjectProvider<MeasureDossierPart> dossierParts;

    MeasureController(MeasureService measures, ProposalReader reader, MeasureProposals proposals,
            Synergy synergy, ObjectProvider<MeasureDossierPart> dossierParts) {
        this.measures = measures;
        this.reader = reader;
        this.proposals = proposals;
        this.synergy = synergy;
        this.dossierParts = dossierParts;
    }

    @PostMapping
    @Operation(summary = "Maßnahme vorschlagen",
            description = "Der Aufrufer ist der Vorschlagende, seine Mitgliedskommune federführend. Legt die "
                    + "Maßnahme an und startet die Prüfung. Ungültige Eingaben: 400 mit einer Meldung je Feld, "
                    + "es wird nichts angelegt.")
    @ApiResponse(responseCode = "201", description = "Angelegt")
    @ApiResponse(responseCode = "400", description = "Ungültige Eingabe",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Konto gehört zu keiner Mitgliedskommune")
    ResponseEntity<Map<String, Object>> propose(@RequestBody ProposalRequest request, Authentication user) {
        Measure measure = proposals.propose(reader.read(request.toInput(), user.getName()));
        var body = Map.<String, Object>of("id", measure.getId(), "reference", measure.getReference(),
                "processInstanceId", measure.getProcessInstanceId(), "status", measure.getStatus());
        return ResponseEntity.created(URI.create("/api/measures/" + measure.getReference())).body(body);
    }

    @GetMapping
    @Operation(summary = "Maßnahmen lesen",
            description = "Koordination, Administration und Partner sehen alle, Kommunen die, an denen sie "
                    + "beteiligt sind. Ohne Berichte.")
    List<MeasureDto> list(@Parameter(description = "Status, z. B. IN_REVIEW") @RequestParam(required = false)
            MeasureStatus status, @Parameter(description = "Kennung eines beteiligten Mitglieds, z. B. kaarst")
            @RequestParam(required = false) String member, Authentication user) {
        return measures.search(status, member, viewer(user)).stream().map(m -> MeasureDto.of(m, synergy.of(m).orElse(null))).toList();
    }

    @GetMapping("/{reference}")
    @Operation(summary = "Eine Maßnahme mit Beteiligungen, Kostenanteilen und Berichten")
    MeasureDto get(@PathVariable String reference, Authentication user) {
        Measure measure = find(reference, user);
        return MeasureDto.of(measure, synergy.of(measure).orElse(null),
                MeasureDossierPart.all(dossierParts.orderedStream(), measure));
    }

    @GetMapping("/{reference}/events")
    @Operation(summary = "Verlauf einer Maßnahme (wer hat wann was getan)")
    List<EventDto> events(@PathVariable String reference, Authentication user) {
        return measures.events(find(reference, user)).stream().map(EventDto::of).toList();
    }

    private Measure find(String reference, Authentication user) {
        return measures.find(reference, viewer(user)).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, Texts.text("measure.not-found", "reference", reference)));
    }

    private static Viewer viewer(Authentication user) {
        return Viewer.of(user.getName(),
                user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    }
}
