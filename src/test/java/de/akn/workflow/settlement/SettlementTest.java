package de.akn.workflow.settlement;

import static de.akn.workflow.support.SettlementScenario.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.cosigning.CosigningProcess;
import de.akn.workflow.funding.MeasureFundingProcess;
import de.akn.workflow.implementation.ImplementationProcess;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.reminder.TaskReminderService;
import de.akn.workflow.reporting.AnnualReportService;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.SettlementScenario;
import de.akn.workflow.support.Sweeps;
import de.akn.workflow.support.TestMail;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A measure from its invoices to SETTLED: costs and funding received (rights and bad input), the settlement
 * after the final report, an overrun above a ceiling confirmed first, the Kostenerstattungsanforderung read
 * back from the PDF, payments confirmed (once, not before the settlement, only by the payer), the measured
 * synergy and the annual report's columns; and a measure every town implements locally.
 */
class SettlementTest extends AknIntegrationTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    MeasureService measures;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    AnnualReportService annualReports;
    @Autowired
    TaskReminderService reminders;
    @Autowired
    JdbcTemplate jdbc;

    SettlementScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = new SettlementScenario(engine, measures, tx, rest);
    }

    @Test
    void shouldTakeAJointMeasureFromItsInvoicesToSettled() throws Exception {
        // Given Kaarst's measure of 12,000 EUR with 50 % funding, co-signed with ceilings (Dormagen: its share)
        var proposal = scenario.pastProposal(List.of("dormagen", "meerbusch"), "JOINT");
        proposal.put("funding", List.of(Map.of("programme", "krl", "ratePercent", 50, "applicationDeadline",
                scenario.today.plusDays(10).toString())));
        Measure measure = scenario.adopted(proposal, Map.of("kaarst", Map.of("costCeilingEur", 5000),
                "dormagen", Map.of("standaloneCostEur", 6000), "meerbusch", Map.of("costCeilingEur", 4000)));
        var lifecycle = scenario.lifecycle;
        String ref = measure.getReference();
        assertThat(lifecycle.reload(measure).participationOf("dormagen").orElseThrow().getCostCeilingEur())
                .isEqualByComparingTo("2370.82");
        lifecycle.complete("km-kaarst", lifecycle.task(measure, MeasureFundingProcess.TASK_SUBMIT_APPLICATION),
                Map.of("fundingAppliedOn", GermanFormat.date(scenario.today.minusDays(5))));
        lifecycle.complete("km-kaarst", lifecycle.task(measure, MeasureFundingProcess.TASK_RECORD_DECISION),
                Map.of("fundingDecision", "GRANTED", "grantedAmountEur", 6000, "grantReference", "03K00001",
                        "fundingDecidedOn", GermanFormat.date(scenario.today.minusDays(1))));

        // When Kaarst records its invoices and the funding received
        scenario.cost("km-kaarst", measure, 100, "8000.00", "Druck und Verteilung der Plakate");
        scenario.cost("km-kaarst", measure, 50, "5.333,33", "Moderation der Veranstaltungen");
        var grant = scenario.post("km-kaarst", "/api/measures/" + ref + "/funding-payments", Map.of("programme", "krl",
                "date", scenario.today.minusDays(10).toString(), "amountEur", 6000));
        assertThat(grant.getStatusCode().value()).as(grant.getBody()).isEqualTo(201);

        // bad costs and payments: German 400 with the field, nothing stored; other towns 403
        assertRefused("km-kaarst", "/api/measures/" + ref + "/costs", Map.of("date", scenario.today.minusDays(50)
                .toString(), "amountEur", 0, "description", "x"), "amountEur", "größer als 0");
        assertRefused("km-kaarst", "/api/measures/" + ref + "/costs", Map.of("date", scenario.today.minusDays(50)
                .toString(), "amountEur", -5, "description", "x"), "amountEur", "keinen negativen Wert");
        assertRefused("km-kaarst", "/api/measures/" + ref + "/costs", Map.of("date", scenario.today.minusDays(300)
                .toString(), "amountEur", 10, "description", "x"), "date", "vor dem Beginn der Maßnahme");
        assertRefused("km-kaarst", "/api/measures/" + ref + "/costs", Map.of("date", scenario.today.minusDays(50)
                .toString(), "amountEur", 10), "description", "wofür die Kosten");
        assertRefused("km-kaarst", "/api/measures/" + ref + "/funding-payments", Map.of("programme", "krl",
                "date", scenario.today.minusDays(5).toString(), "amountEur", "0.01"), "amountEur",
                "übersteigt der Betrag die bewilligte Förderung");
        assertRefused("km-kaarst", "/api/measures/" + ref + "/funding-payments", Map.of("programme", "progres-nrw",
                "date", scenario.today.minusDays(5).toString(), "amountEur", 1), "programme",
                "Förderung bewilligt wurde");
        assertThat(scenario.post("km-dormagen", "/api/measures/" + ref + "/costs", Map.of("date",
                scenario.today.minusDays(50).toString(), "amountEur", 10, "description", "x")).getStatusCode().value())
                .isEqualTo(403);
        assertThat(scenario.post("km-meerbusch", "/api/measures/" + ref + "/funding-payments", Map.of("programme",
                "krl", "date", scenario.today.minusDays(5).toString(), "amountEur", 1)).getStatusCode().value())
                .isEqualTo(403);
        // a wrong entry is cancelled, by the lead town only; it stays in the history, not in the sums
        var wrong = scenario.post("km-kaarst", "/api/measures/" + ref + "/costs", Map.of("date", scenario.today
                .minusDays(40).toString(), "amountEur", "800", "description", "Doppelt erfasst"));
        String wrongCost = "/api/measures/" + ref + "/costs/" + json(wrong.getBody()).get("id").asText();
        assertThat(scenario.delete("km-dormagen", wrongCost).getStatusCode().value()).isEqualTo(403);
        assertThat(scenario.delete("km-kaarst", wrongCost).getStatusCode().value()).isEqualTo(204);
        assertThat(scenario.delete("km-kaarst", wrongCost).getStatusCode().value()).isEqualTo(404);
        assertThat(scenario.get("coordinator", "/api/measures/" + ref + "/events").findValuesAsText("detail"))
                .anyMatch(d -> d.contains("storniert") && d.contains("Doppelt erfasst"));
        JsonNode costs = scenario.get("km-meerbusch", "/api/measures/" + ref + "/costs");
        assertThat(costs).hasSize(2);
        assertThat(costs.findValuesAsText("member")).containsOnly("kaarst");
        assertThat(scenario.get("km-dormagen", "/api/measures/" + ref + "/funding-payments")).hasSize(1);

        // When the final report is accepted, the settlement opens: 7,333.33 EUR split by population
        scenario.finalReportAccepted(measure, "kaarst");
        lifecycle.awaitStatus(measure, MeasureStatus.COMPLETED);
        await().atMost(Duration.ofSeconds(20)).until(() -> rest.withBasicAuth("coordinator", "demo").getForEntity(
                "/api/measures/" + ref + "/settlement", String.class).getStatusCode().value() == 200);
        JsonNode settlement = scenario.get("km-dormagen", "/api/measures/" + ref + "/settlement");
        assertThat(settlement.get("status").asText()).isEqualTo("OPEN");
        assertThat(settlement.get("actualCostEur").decimalValue()).isEqualByComparingTo("13333.33");
        assertThat(settlement.get("fundingReceivedEur").decimalValue()).isEqualByComparingTo("6000.00");
        assertThat(settlement.get("netActualCostEur").decimalValue()).isEqualByComparingTo("7333.33");
        assertThat(owed(settlement)).containsExactly(entry("kaarst", "1939.21"), entry("dormagen", "2897.67"),
                entry("meerbusch", "2496.45"));
        assertThat(member(settlement, "kaarst").get("balanceEur").decimalValue()).isEqualByComparingTo("5394.12");
        assertThat(member(settlement, "dormagen").get("balanceEur").decimalValue()).isEqualByComparingTo("-2897.67");

        // Dormagen owes more than its ceiling: it confirms the overrun first; no payment is requested yet
        await().atMost(Duration.ofSeconds(20)).until(() -> scenario.task(measure, CosigningProcess.TASK_CONFIRM_SHARE,
                "member-dormagen") != null);
        assertThat(scenario.task(measure, CosigningProcess.TASK_CONFIRM_SHARE, "member-meerbusch")).isNull();
        assertThat(scenario.task(measure, SettlementProcess.TASK_CONFIRM_PAYMENT, "member-dormagen")).isNull();
        TestMail.awaitSubject("km-dormagen@example.org", ref, "Mehrkosten bestätigen");
        assertThatThrownBy(() -> lifecycle.complete("km-dormagen", scenario.task(measure, CosigningProcess.TASK_CONFIRM_SHARE,
                "member-dormagen"), Map.of("shareConfirmation", "WITHDRAW"))).isInstanceOf(ValidationProblem.class);
        lifecycle.complete("km-dormagen", scenario.task(measure, CosigningProcess.TASK_CONFIRM_SHARE, "member-dormagen"),
                Map.of("shareConfirmation", "ACCEPT", "councilPaperReference", "DS 2027/123"));

        // Then Dormagen and Meerbusch are asked to pay Kaarst, each with its Kostenerstattungsanforderung
        var dormagenPayment = scenario.paymentTask(measure, "dormagen");
        scenario.paymentTask(measure, "meerbusch");
        TestMail.awaitSubject("km-dormagen@example.org", ref, "Kostenerstattung von " + money("2897.67"));
        assertThat(TestMail.receivedBy("km-dormagen@example.org").stream().map(TestMail::raw)
                .filter(raw -> raw.contains("Kostenerstattung-" + ref + "-dormagen.pdf")).count()).isEqualTo(1);
        var pdf = rest.withBasicAuth("km-dormagen", "demo").getForEntity("/api/measures/" + ref
                + "/settlement/dormagen.pdf", byte[].class);
        assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        assertThat(de.akn.workflow.support.TaggedPdf.assertAccessible(pdf.getBody(), "Kostenerstattungsanforderung"))
                .contains("H1", "Table");
        try (var document = Loader.loadPDF(pdf.getBody())) {
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
            assertThat(text).contains("Kostenerstattungsanforderung", "Stadt Dormagen", ref,
                    "Zu zahlender Betrag 2.897,67 €", "Kassenzeichen " + ref + "-01", "Kontoinhaber Stadt Kaarst",
                    "IBAN DE29 9999 9999 0000 0014 44", "Stadt Meerbusch 2.496,45 €",
                    "Die tatsächlichen Kosten betragen 13.333,33 €", "Fördermitteln sind 6.000,00 € eingegangen");
        }
        for (String user : List.of("km-kaarst", "coordinator", "admin")) {
            assertThat(rest.withBasicAuth(user, "demo").getForEntity("/api/measures/" + ref
                    + "/settlement/dormagen.pdf", byte[].class).getStatusCode().value()).as(user).isEqualTo(200);
        }
        assertThat(rest.withBasicAuth("km-meerbusch", "demo").getForEntity("/api/measures/" + ref
                + "/settlement/dormagen.pdf", String.class).getStatusCode().value()).isEqualTo(403);

        // payments: only the payer, not before the settlement, not twice
        Long dormagenTransfer = ((Number) engine.getTaskService().getVariable(dormagenPayment.getId(), "transferId"))
                .longValue();
        String paymentPath = "/api/measures/" + ref + "/settlement/transfers/" + dormagenTransfer + "/payment";
        assertThat(scenario.post("km-meerbusch", paymentPath, Map.of("paymentDate", scenario.today.toString()))
                .getStatusCode().value()).isEqualTo(403);
        assertRefused("km-dormagen", paymentPath, Map.of("paymentDate", scenario.today.minusDays(1).toString()),
                "paymentDate", "nicht vor der Eröffnung der Abrechnung");
        var paid = scenario.post("km-dormagen", paymentPath, Map.of("paymentDate", scenario.today.toString(),
                "paymentReference", "Buchung 4711"));
        assertThat(paid.getStatusCode().value()).as(paid.getBody()).isEqualTo(200);
        assertRefused("km-dormagen", paymentPath, Map.of("paymentDate", scenario.today.toString()), "paymentDate",
                "bereits bestätigt");
        TestMail.awaitSubject("km-kaarst@example.org", ref, "Zahlung über " + money("2897.67") + " bestätigt");

        // Meerbusch lets the payment period pass: the daily sweep reminds it
        var meerbuschPayment = scenario.paymentTask(measure, "meerbusch");
        try {
            ClockUtil.setCurrentTime(Date.from(meerbuschPayment.getDueDate().toInstant().plus(2, ChronoUnit.DAYS)));
            Sweeps.run(reminders);
        } finally {
            ClockUtil.reset();
        }
        TestMail.awaitSubject("km-meerbusch@example.org", ref, "Erinnerung – Aufgabe überfällig: Zahlung bestätigen",
                TestMail.behindOutbox(jdbc));
        lifecycle.complete("km-meerbusch", meerbuschPayment, Map.of("paymentDate", GermanFormat.date(scenario.today)));

        // Then the settlement is SETTLED, every balance is 0, the synergy is measured
        await().atMost(Duration.ofSeconds(20)).until(() -> "SETTLED".equals(scenario.get("coordinator",
                "/api/measures/" + ref + "/settlement").get("status").asText()));
        settlement = scenario.get("km-kaarst", "/api/measures/" + ref + "/settlement");
        for (JsonNode m : settlement.get("members")) {
            assertThat(m.get("balanceEur").decimalValue()).as(m.get("member").asText()).isEqualByComparingTo("0");
        }
        JsonNode resource = scenario.get("km-dormagen", "/api/measures/" + ref);
        assertThat(resource.get("synergy").get("method").asText()).isEqualTo("MEASURED");
        // Dormagen alone 6,000 EUR, Kaarst and Meerbusch 0.7 × 6,000 EUR each (the planned cost after the grant),
        // less 7,333.33 EUR borne together
        assertThat(resource.get("synergy").get("moneySavedEur").decimalValue()).isEqualByComparingTo("7066.67");
        assertThat(resource.get("netActualCostEur").decimalValue()).isEqualByComparingTo("7333.33");
        assertThat(resource.get("settlement").get("status").asText()).isEqualTo("SETTLED");
        TestMail.awaitSubject("km-meerbusch@example.org", ref, "Abrechnung abgeschlossen");
        assertRefused("km-kaarst", "/api/measures/" + ref + "/costs", Map.of("date", scenario.today.minusDays(30)
                .toString(), "amountEur", 10, "description", "Nachzügler"), "settlement", "abgeschlossen");
        var cancelLate = scenario.delete("km-kaarst", "/api/measures/" + ref + "/costs/" + costs.get(0).get("id")
                .asText());
        assertThat(cancelLate.getStatusCode().value()).isEqualTo(400);
        assertThat(cancelLate.getBody()).contains("abgeschlossen");

        // the annual report shows planned and actual cost, funding received and the synergy with its method
        var report = annualReports.generate(scenario.today.getYear(), "test");
        var rows = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(report.getCsv(), StandardCharsets.UTF_8).substring(1)))
                .getRecords().stream().filter(r -> r.get("Aktenzeichen").equals(ref)).toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("Tatsächliche Kosten (EUR)")).isEqualTo("13333,33");
        assertThat(rows.get(0).get("Erhaltene Fördermittel (EUR)")).isEqualTo("6000,00");
        assertThat(rows.get(0).get("Von den Kommunen getragen (EUR)")).isEqualTo("7333,33");
        assertThat(rows.get(0).get("Einsparung ermittelt als")).isEqualTo("gemessen nach der Abrechnung");
        assertThat(rows.get(0).get("Einsparung durch Zusammenarbeit (EUR)")).isEqualTo("7066,67");
    }

    @Test
    void shouldLetEveryTownReportAndPayForItsOwnPartWhenImplementedLocally() {
        // Given a campaign of 9,000 EUR split equally, implemented locally by Kaarst, Dormagen and Meerbusch
        var proposal = scenario.pastProposal(List.of("dormagen", "meerbusch"), "LOCAL");
        proposal.put("costSplit", "EQUAL");
        proposal.put("estimatedCostEur", 9000);
        Measure measure = scenario.adopted(proposal, Map.of());
        String ref = measure.getReference();

        // every town reports its own part and records its own costs
        for (String town : List.of("kaarst", "dormagen", "meerbusch")) {
            await().atMost(Duration.ofSeconds(20)).until(() -> scenario.task(measure, ImplementationProcess.TASK_PROGRESS_REPORT,
                    "member-" + town) != null);
        }
        scenario.cost("km-kaarst", measure, 120, "2000", "Plakate Kaarst");
        scenario.cost("km-dormagen", measure, 110, "4000", "Aktionstag Dormagen");
        scenario.cost("km-meerbusch", measure, 100, "2900", "Aktionstag Meerbusch");
        assertThat(scenario.get("km-dormagen", "/api/measures/" + ref + "/costs").findValuesAsText("member"))
                .containsExactlyInAnyOrder("kaarst", "dormagen", "meerbusch");
        scenario.lifecycle.complete("km-dormagen", scenario.task(measure, ImplementationProcess.TASK_PROGRESS_REPORT, "member-dormagen"),
                Map.of("progressPercent", 50, "progressStatus", "ON_TRACK", "spentEur", 2000, "progressText",
                        "Halbzeit in Dormagen.", "finalReport", false));

        // acceptance waits for every town's final report
        scenario.finalReportAccepted(measure, "kaarst");
        scenario.finalReportAccepted(measure, "meerbusch");
        assertThat(scenario.lifecycle.reload(measure).getStatus()).isEqualTo(MeasureStatus.ADOPTED);
        assertThat(scenario.lifecycle.reload(measure).getCompletedAt()).isNull();
        scenario.finalReportAccepted(measure, "dormagen");
        scenario.lifecycle.awaitStatus(measure, MeasureStatus.COMPLETED);
        JsonNode resource = scenario.get("coordinator", "/api/measures/" + ref);
        assertThat(resource.get("implementation").asText()).isEqualTo("LOCAL");
        assertThat(resource.get("reports").findValuesAsText("member")).contains("kaarst", "dormagen", "meerbusch");

        // Then Kaarst, the clearing point, passes on what Meerbusch owes and pays Dormagen its outlay above its share;
        // 8,900 EUR are within the shares co-signed for, so nobody confirms an overrun
        await().atMost(Duration.ofSeconds(20)).until(() -> rest.withBasicAuth("coordinator", "demo").getForEntity(
                "/api/measures/" + ref + "/settlement", String.class).getStatusCode().value() == 200);
        JsonNode settlement = scenario.get("km-meerbusch", "/api/measures/" + ref + "/settlement");
        assertThat(owed(settlement)).containsExactly(entry("kaarst", "2966.67"), entry("dormagen", "2966.67"),
                entry("meerbusch", "2966.66"));
        JsonNode transfers = settlement.get("transfers");
        assertThat(transfers).hasSize(2);
        assertThat(transfers.findValuesAsText("payer")).containsExactlyInAnyOrder("kaarst", "meerbusch");
        JsonNode toDormagen = transfers.get(transfers.get(0).get("payee").asText().equals("dormagen") ? 0 : 1);
        assertThat(toDormagen.get("payer").asText()).isEqualTo("kaarst");
        assertThat(toDormagen.get("amountEur").decimalValue()).isEqualByComparingTo("1033.33");
        JsonNode toKaarst = transfers.get(toDormagen == transfers.get(0) ? 1 : 0);
        assertThat(toKaarst.get("payer").asText()).isEqualTo("meerbusch");
        assertThat(toKaarst.get("payee").asText()).isEqualTo("kaarst");
        assertThat(toKaarst.get("amountEur").decimalValue()).isEqualByComparingTo("66.66");
        assertThat(scenario.task(measure, CosigningProcess.TASK_CONFIRM_SHARE, "member-dormagen")).isNull();
        scenario.lifecycle.complete("km-kaarst", scenario.paymentTask(measure, "kaarst"), Map.of("paymentDate",
                GermanFormat.date(scenario.today)));
        scenario.lifecycle.complete("km-meerbusch", scenario.paymentTask(measure, "meerbusch"), Map.of("paymentDate",
                GermanFormat.date(scenario.today)));
        await().atMost(Duration.ofSeconds(20)).until(() -> "SETTLED".equals(scenario.get("km-kaarst",
                "/api/measures/" + ref + "/settlement").get("status").asText()));
        assertThat(scenario.get("km-kaarst", "/api/measures/" + ref).get("synergy").get("method").asText())
                .isEqualTo("MEASURED");
    }

    private static JsonNode json(String body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertRefused(String user, String path, Map<String, Object> body, String field, String message) {
        var response = scenario.post(user, path, body);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        assertThat(response.getBody()).contains("\"" + field + "\"").contains(message);
    }

    private static Map.Entry<String, String> entry(String member, String amount) {
        return Map.entry(member, new BigDecimal(amount).toPlainString());
    }

    private static List<Map.Entry<String, String>> owed(JsonNode settlement) {
        var result = new java.util.ArrayList<Map.Entry<String, String>>();
        settlement.get("members").forEach(m -> result.add(Map.entry(m.get("member").asText(),
                m.get("owedEur").decimalValue().setScale(2).toPlainString())));
        return result;
    }

    private static String money(String amount) {
        return GermanFormat.money(new BigDecimal(amount));
    }
}
