package de.akn.workflow.membership.web;

import static de.akn.workflow.membership.MembershipProcess.*;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/memberships")
@Tag(name = "Mitgliedschaft", description = "Beitritt und Austritt einer Kommune (Koordination)")
class MembershipController {

    private final RuntimeService runtimeService;

    MembershipController(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /** The town that joins, as the API names its fields. */
    record MemberRequest(String id, String name, String kind, Object population, String email, String councilBody) {
    }

    record MembershipRequest(String action, MemberRequest member, String memberId) {
    }

    @PostMapping
    @Operation(summary = "Beitritt oder Austritt beginnen (Koordination)",
            description = "Startet den Prozess membership. JOIN mit den Daten der beitretenden Kommune in member, "
                    + "LEAVE mit memberId. Die Koordination trägt danach den Ratsbeschluss der Kommune in der "
                    + "Aufgabenliste ein; erst mit der Zustimmung wird die Kommune Mitglied oder tritt aus.")
    @ApiResponse(responseCode = "202", description = "Begonnen")
    @ApiResponse(responseCode = "400", description = "Ungültige Eingabe (z. B. Kennung vergeben, Austritt des Kreises)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Nur für die Koordination")
    ResponseEntity<Map<String, Object>> start(@RequestBody MembershipRequest request, Authentication user) {
        var variables = new HashMap<String, Object>();
        variables.put(ACTION, request.action());
        variables.put(INITIATOR, user.getName());
        if (request.member() != null) {
            variables.put(MEMBER_ID, request.member().id());
            variables.put(MEMBER_NAME, request.member().name());
            variables.put(MEMBER_KIND, request.member().kind());
            variables.put(MEMBER_POPULATION, request.member().population());
            variables.put(MEMBER_EMAIL, request.member().email());
            variables.put(MEMBER_COUNCIL_BODY, request.member().councilBody());
        } else {
            variables.put(MEMBER_ID, request.memberId());
        }
        var instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables);
        return ResponseEntity.accepted().body(Map.of("processInstanceId", instance.getId(),
                "businessKey", instance.getBusinessKey()));
    }
}
