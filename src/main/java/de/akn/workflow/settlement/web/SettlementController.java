package de.akn.workflow.settlement.web;

import de.akn.workflow.measure.Viewer;
import de.akn.workflow.settlement.ClaimLetters;
import de.akn.workflow.settlement.CostCommands;
import de.akn.workflow.settlement.Costs;
import de.akn.workflow.settlement.FundingReceipts;
import de.akn.workflow.settlement.SettlementClaims;
import de.akn.workflow.settlement.SettlementCommands;
import de.akn.workflow.settlement.SettlementPayments;
import de.akn.workflow.settlement.SettlementView;
import de.akn.workflow.settlement.Settlements;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

/** Actual costs, funding received and the settlement of a measure. */
@RestController
@RequestMapping("/api/measures/{reference}")
@Tag(name = "Abrechnung", description = "Tatsächliche Kosten, erhaltene Fördermittel und die Abrechnung zwischen den "
        + "Kommunen")
class SettlementController {

    private final Costs costs;
    private final FundingReceipts receipts;
    private final Settlements settlements;
    private final SettlementClaims claims;
    private final SettlementPayments payments;

    SettlementController(Costs costs, FundingReceipts receipts, Settlements settlements, SettlementClaims claims,
            SettlementPayments payments) {
        this.costs = costs;
        this.receipts = receipts;
        this.settlements = settlements;
        this.claims = claims;
        this.payments = payments;
    }

    @GetMapping("/costs")
    @Operation(summary = "Die tatsächlichen Kosten (Rechnungen) der Maßnahme")
    List<Costs.CostView> costs(@PathVariable String reference, Authentication user) {
        return costs.costs(reference, viewer(user));
    }

    @PostMapping("/costs")
    @Operation(summary = "Kosten erfassen",
            description = "Gemeinsame Umsetzung: die federführende Kommune; Umsetzung vor Ort: jede mitzeichnende Kommune "
                    + "für ihren Teil. date, amountEur, description, invoiceNumber. Andere Kommunen 403.")
    @ApiResponse(responseCode = "201", description = "Erfasst")
    @ApiResponse(responseCode = "400", description = "Ungültige Eingabe",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Keine Berechtigung")
    ResponseEntity<Costs.CostView> recordCost(@PathVariable String reference, @RequestBody Map<String, Object> input,
            Authentication user) {
        var cost = costs.recordCost(reference, CostCommands.cost(input), viewer(user));
        return ResponseEntity.created(URI.create("/api/measures/" + reference + "/costs/" + cost.id())).body(cost);
    }

    @DeleteMapping("/costs/{costId}")
    @Operation(summary = "Kosten stornieren (ein falscher Eintrag; bleibt im Verlauf)",
            description = "Wer die Kosten erfassen darf, bis die Abschlussberichte angenommen sind.")
    @ApiResponse(responseCode = "204", description = "Storniert")
    @ApiResponse(responseCode = "400", description = "Nicht mehr möglich",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Void> cancelCost(@PathVariable String reference, @PathVariable Long costId, Authentication user) {
        costs.cancelCost(reference, costId, viewer(user));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/funding-payments")
    @Operation(summary = "Die erhaltenen Fördermittel")
    List<FundingReceipts.PaymentView> fundingPayments(@PathVariable String reference, Authentication user) {
        return receipts.fundingPayments(reference, viewer(user));
    }

    @PostMapping("/funding-payments")
    @Operation(summary = "Erhaltene Fördermittel erfassen (federführende Kommune)",
            description = "programme, date, amountEur; höchstens die bewilligte Förderung.")
    @ApiResponse(responseCode = "201", description = "Erfasst")
    @ApiResponse(responseCode = "400", description = "Ungültige Eingabe",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<FundingReceipts.PaymentView> recordFundingPayment(@PathVariable String reference,
            @RequestBody Map<String, Object> input, Authentication user) {
        var payment = receipts.recordFundingPayment(reference, CostCommands.fundingPayment(input), viewer(user));
        return ResponseEntity.created(URI.create("/api/measures/" + reference + "/funding-payments/" + payment.id()))
                .body(payment);
    }

    @DeleteMapping("/funding-payments/{paymentId}")
    @Operation(summary = "Erhaltene Fördermittel stornieren (federführende Kommune)")
    @ApiResponse(responseCode = "204", description = "Storniert")
    ResponseEntity<Void> cancelFundingPayment(@PathVariable String reference, @PathVariable Long paymentId,
            Authentication user) {
        receipts.cancelFundingPayment(reference, paymentId, viewer(user));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/settlement")
    @Operation(summary = "Die Abrechnung: Anteile an den tatsächlichen Kosten, Zahlungen, Salden (404 vor der Eröffnung)")
    SettlementView settlement(@PathVariable String reference, Authentication user) {
        return settlements.view(reference, viewer(user));
    }

    @GetMapping("/settlement/{member}.pdf")
    @Operation(summary = "Kostenerstattungsanforderung eines Mitglieds als PDF",
            description = "Für das Mitglied, die federführende Kommune, die Koordination und die Administration.")
    ResponseEntity<byte[]> claim(@PathVariable String reference, @PathVariable String member, Authentication user) {
        ClaimLetters.Document document = claims.claim(reference, member, user.getName(), groups(user));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(document.fileName()).build().toString())
                .body(document.content());
    }

    @PostMapping("/settlement/transfers/{transferId}/payment")
    @Operation(summary = "Zahlung einer Erstattung bestätigen (nur die zahlende Kommune)",
            description = "paymentDate (nicht vor der Abrechnung, nicht in der Zukunft), paymentReference.")
    @ApiResponse(responseCode = "400", description = "Ungültige Eingabe oder bereits bestätigt",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    SettlementView.TransferView confirmPayment(@PathVariable String reference, @PathVariable Long transferId,
            @RequestBody Map<String, Object> input, Authentication user) {
        return payments.confirm(reference, transferId, () -> SettlementCommands.payment(input), viewer(user));
    }

    private static Viewer viewer(Authentication user) {
        return Viewer.of(user.getName(), groups(user));
    }

    private static List<String> groups(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
