package de.akn.workflow.settlement;

import static de.akn.workflow.support.SettlementScenario.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.cosigning.CosigningProcess;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.Browser;
import de.akn.workflow.support.SettlementScenario;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dormagen in Tasklist after the settlement: it confirms the overrun above the share it co-signed for, reads the
 * settlement in the measure's tab, then pays Kaarst and confirms the payment — and the measure is settled.
 */
class SettlementBrowserTest extends AknIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MeasureService measures;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TestRestTemplate rest;

    @Test
    void aTownConfirmsItsOverrunAndItsPaymentInTasklist() {
        var scenario = new SettlementScenario(engine, measures, tx, rest);
        Measure measure = scenario.adopted(scenario.pastProposal(List.of("dormagen"), "JOINT"), Map.of());
        String ref = measure.getReference();
        // 13,000 EUR instead of the 12,000 EUR planned: Kaarst and Dormagen owe more than they co-signed for
        scenario.cost("km-kaarst", measure, 90, "13000", "Druck, Verteilung und Moderation");
        scenario.finalReportAccepted(measure, "kaarst");
        scenario.lifecycle.awaitStatus(measure, MeasureStatus.COMPLETED);
        await().atMost(Duration.ofSeconds(20)).until(() -> scenario.task(measure, CosigningProcess.TASK_CONFIRM_SHARE,
                "member-dormagen") != null);
        JsonNode dormagen = member(scenario.get("km-dormagen", "/api/measures/" + ref + "/settlement"), "dormagen");
        String owed = GermanFormat.money(dormagen.get("owedEur").decimalValue());

        try (var browser = Browser.open()) {
            browser.loginToWebapp(base(), "tasklist", "km-dormagen", "demo");
            browser.openTownTask("Mehrkosten bestätigen: " + ref, "shareConfirmation-0");
            assertThat(browser.field("actualCostText").getAttribute("value")).isEqualTo(money("13000"));
            assertThat(browser.field("owedText").getAttribute("value")).isEqualTo(owed);
            assertThat(browser.field("ceilingText").getAttribute("value")).isEqualTo(GermanFormat.money(
                    dormagen.get("ceilingEur").decimalValue()));
            browser.check("shareConfirmation-0");
            browser.type("councilPaperReference", "DS 2027/042");
            browser.screenshot("settlement-1-confirm-overrun-km-dormagen");
            browser.click(By.cssSelector("button[ng-click='complete()']"));
            // Kaarst is above the share it co-signed for as well; the payment is requested once both have confirmed
            scenario.lifecycle.complete("km-kaarst", scenario.task(measure, CosigningProcess.TASK_CONFIRM_SHARE, "member-kaarst"),
                    Map.of("shareConfirmation", "ACCEPT"));
            scenario.paymentTask(measure, "dormagen");
            browser.driver().navigate().refresh();
            browser.openTownTask("Zahlung bestätigen: " + ref, "paymentDate");
            assertThat(browser.field("payeeName").getAttribute("value")).isEqualTo("Stadt Kaarst");
            assertThat(browser.field("transferAmountText").getAttribute("value")).isEqualTo(owed);
            assertThat(browser.field("cashReference").getAttribute("value")).isEqualTo(ref + "-01");
            assertThat(browser.field("bankAccountText").getAttribute("value")).contains("Kontoinhaber: Stadt Kaarst",
                    "IBAN: DE");
            browser.click(By.xpath("//a[normalize-space(.)='Maßnahme']"));
            browser.waitForText("Abrechnung (offen)");
            assertThat(browser.text()).contains("Tatsächliche Kosten").contains("Druck, Verteilung und Moderation")
                    .contains("Stadt Dormagen an Stadt Kaarst");
            browser.screenshot("settlement-2-dossier-km-dormagen");
            browser.click(By.xpath("//a[normalize-space(.)='Formular']"));
            browser.waitFor(By.cssSelector("[id$='-Field_paymentDate']"));

            // a payment date before the settlement is a form error, nothing is stored
            browser.type("paymentDate", GermanFormat.date(scenario.today.minusDays(3)));
            browser.click(By.cssSelector("button[ng-click='complete()']"));
            browser.waitForText("nicht vor der Eröffnung der Abrechnung");
            assertThat(browser.text()).doesNotContain("Cannot submit");
            assertThat(scenario.get("km-dormagen", "/api/measures/" + ref + "/settlement").get("transfers").get(0)
                    .get("paidOn").isNull()).isTrue();

            browser.screenshot("settlement-3-payment-date-refused-km-dormagen");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "document.querySelectorAll('.page-notifications button.close').forEach(b => b.click())");
            browser.type("paymentDate", GermanFormat.date(scenario.today));
            browser.type("paymentReference", "Buchung 2027-0815");
            browser.screenshot("settlement-4-confirm-payment-km-dormagen");
            browser.click(By.cssSelector("button[ng-click='complete()']"));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> "SETTLED".equals(scenario.get("km-kaarst",
                "/api/measures/" + ref + "/settlement").get("status").asText()));
        JsonNode transfer = scenario.get("km-kaarst", "/api/measures/" + ref + "/settlement").get("transfers").get(0);
        assertThat(transfer.get("paidOn").asText()).isEqualTo(scenario.today.toString());
        assertThat(transfer.get("paymentReference").asText()).isEqualTo("Buchung 2027-0815");
        assertThat(member(scenario.get("km-kaarst", "/api/measures/" + ref + "/settlement"), "dormagen")
                .get("overrunConfirmedBy").asText()).isEqualTo("km-dormagen");
    }


    private static String money(String amount) {
        return GermanFormat.money(new java.math.BigDecimal(amount));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
