package de.akn.workflow.settlement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.akn.workflow.common.ConflictProblem;
import de.akn.workflow.common.ForbiddenProblem;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.measure.Viewer;
import de.akn.workflow.security.ApiSecuritySlice;
import de.akn.workflow.settlement.ClaimLetters;
import de.akn.workflow.settlement.CostCommands;
import de.akn.workflow.settlement.Costs;
import de.akn.workflow.settlement.FundingReceipts;
import de.akn.workflow.settlement.SettlementClaims;
import de.akn.workflow.settlement.SettlementPayments;
import de.akn.workflow.settlement.Settlements;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.server.ResponseStatusException;

@WebMvcTest(SettlementController.class)
@Import(ApiSecuritySlice.class)
class SettlementControllerTest {

    static final UserRequestPostProcessor KM_KAARST = user("km-kaarst").authorities(() -> "member-kaarst",
            () -> "climate-managers");
    static final Viewer KAARST = new Viewer("km-kaarst", false, List.of("kaarst"));
    static final String MEASURE = "/api/measures/AKN-2027-001";
    static final Costs.CostView POSTERS = new Costs.CostView(5L, "kaarst", LocalDate.of(2027, 5, 3),
            new BigDecimal("1190.00"), "Plakate", "RE-2027-117", "km-kaarst", Instant.parse("2027-05-04T08:00:00Z"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Costs costs;

    @MockitoBean
    FundingReceipts receipts;

    @MockitoBean
    Settlements settlements;

    @MockitoBean
    SettlementClaims claims;

    @MockitoBean
    SettlementPayments payments;

    @MockitoBean
    IdentityService identityService;

    /** The groups as the controller passes them on (in any order). */
    static Collection<String> kaarstGroups() {
        return argThat(groups -> groups != null
                && Set.copyOf(groups).equals(Set.of("member-kaarst", "climate-managers")));
    }

    @Test
    void shouldListTheCostsAsTheTownSeesThem() throws Exception {
        // Given
        given(costs.costs("AKN-2027-001", KAARST)).willReturn(List.of(POSTERS));

        // When / Then
        mvc.perform(get(MEASURE + "/costs").with(KM_KAARST))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[0].id").value(5))
                .andExpect(jsonPath("$[0].member").value("kaarst"))
                .andExpect(jsonPath("$[0].date").value("2027-05-03"))
                .andExpect(jsonPath("$[0].amountEur").value(1190.00))
                .andExpect(jsonPath("$[0].invoiceNumber").value("RE-2027-117"));
    }

    @Test
    void shouldRecordACostAndAnswer201() throws Exception {
        // Given
        given(costs.recordCost(eq("AKN-2027-001"), any(CostCommands.CostInput.class), eq(KAARST))).willReturn(POSTERS);

        // When
        mvc.perform(post(MEASURE + "/costs").with(KM_KAARST).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"03.05.2027\", \"amountEur\": \"1.190,00\", "
                                + "\"description\": \"Plakate\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", MEASURE + "/costs/5"))
                .andExpect(jsonPath("$.description").value("Plakate"));

        // Then: the input reaches the rules read as German people write it
        ArgumentCaptor<CostCommands.CostInput> input = ArgumentCaptor.forClass(CostCommands.CostInput.class);
        then(costs).should().recordCost(eq("AKN-2027-001"), input.capture(), eq(KAARST));
        assertThat(input.getValue().date()).isEqualTo(LocalDate.of(2027, 5, 3));
        assertThat(input.getValue().amountEur()).isEqualByComparingTo("1190.00");
        assertThat(input.getValue().problems()).isEmpty();
    }

    @Test
    void shouldAnswerAnInvalidCostWith400InGerman() throws Exception {
        // Given
        given(costs.recordCost(any(), any(CostCommands.CostInput.class), any()))
                .willThrow(ValidationProblem.of("amountEur", "Bitte geben Sie einen Betrag größer als 0 an."));

        // When / Then
        mvc.perform(post(MEASURE + "/costs").with(KM_KAARST).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amountEur\": -5}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Ungültige Eingabe"))
                .andExpect(jsonPath("$.errors.amountEur", Matchers.containsString("Betrag")));
    }

    @Test
    void shouldRefuseFundingFromATownThatDoesNotLead() throws Exception {
        // Given
        given(receipts.recordFundingPayment(any(), any(CostCommands.FundingPaymentInput.class), any()))
                .willThrow(new ForbiddenProblem("Fördermittel erfasst die federführende Kommune."));

        // When / Then
        mvc.perform(post(MEASURE + "/funding-payments").with(KM_KAARST).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"programme\": \"kommunalrichtlinie\", \"amountEur\": 5000}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Keine Berechtigung"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("federführende Kommune")));
    }

    @Test
    void shouldCancelACostAndAnswer204OrTheConflict() throws Exception {
        // Given: the second time the final reports are accepted
        willThrow(new ConflictProblem("Die Abschlussberichte sind angenommen."))
                .given(costs).cancelCost("AKN-2027-001", 6L, KAARST);

        // When / Then
        mvc.perform(delete(MEASURE + "/costs/5").with(KM_KAARST))
                .andExpect(status().isNoContent());
        mvc.perform(delete(MEASURE + "/costs/6").with(KM_KAARST))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Derzeit nicht möglich"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("Abschlussberichte")));

        then(costs).should().cancelCost("AKN-2027-001", 5L, KAARST);
    }

    @Test
    void shouldAnswer404BeforeTheSettlementIsOpened() throws Exception {
        // Given
        given(settlements.view("AKN-2027-001", KAARST)).willThrow(new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Die Abrechnung ist noch nicht eröffnet."));

        // When / Then
        mvc.perform(get(MEASURE + "/settlement").with(KM_KAARST))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Nicht gefunden"))
                .andExpect(jsonPath("$.detail").value("Die Abrechnung ist noch nicht eröffnet."));
    }

    @Test
    void shouldServeTheClaimLetterAsPdf() throws Exception {
        // Given
        byte[] pdf = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
        given(claims.claim(eq("AKN-2027-001"), eq("kaarst"), eq("km-kaarst"), kaarstGroups()))
                .willReturn(new ClaimLetters.Document("Kostenerstattung-AKN-2027-001-kaarst.pdf", pdf));

        // When / Then
        mvc.perform(get(MEASURE + "/settlement/kaarst.pdf").with(KM_KAARST))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"Kostenerstattung-AKN-2027-001-kaarst.pdf\""))
                .andExpect(content().bytes(pdf));
    }

    @Test
    void shouldAskAnonymousCallersToSignIn() throws Exception {
        mvc.perform(post(MEASURE + "/settlement/transfers/1/payment").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"paymentDate\": \"2027-06-01\"}"))
                .andExpect(status().isUnauthorized());

        then(payments).shouldHaveNoInteractions();
    }
}
