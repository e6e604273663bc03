package de.akn.workflow.implementation;

import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.MeasureEvent;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.implementation.internal.ProgressReportRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.Browser;
import de.akn.workflow.support.MeasureLifecycle;
import de.akn.workflow.support.TestProposals;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In Tasklist: Korschenbroich's climate manager reports progress on an adopted measure, then
 * sends the final report; the coordinator accepts it and the measure is completed.
 */
class ImplementationBrowserTest extends AknIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MeasureService measures;
    @Autowired
    ProgressReportRepository reports;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aMeasureIsFollowedFromAdoptionThroughReportsToAcceptance() {
        var lifecycle = new MeasureLifecycle(engine, measures, tx);
        Measure measure = lifecycle.adopted("km-korschenbroich", TestProposals.with(TestProposals.climateWeek(),
                "invitedMembers", List.of("juechen")));
        String base = "http://localhost:" + port;

        try (var browser = Browser.open()) {
            browser.loginToWebapp(base, "tasklist", "km-korschenbroich", "demo");
            // the first quarterly report
            // a team task of the lead town: any of its climate managers takes it over
            openTask(browser, "Aufgaben meiner Kommune", "Fortschrittsbericht 1: " + measure.getReference());
            browser.click(By.xpath("//*[@ng-click='claim()']"));
            browser.waitFor(By.xpath("//*[@ng-click='unclaim()']"));
            assertThat(browser.field("title").getAttribute("value")).isEqualTo("Gemeinsame Klimawoche 2027");
            browser.type("progressPercent", "40");
            browser.check("progressStatus-0"); // im Plan
            // the towns report the Umsetzungsstand; "Status" is the measure's step in the workflow
            assertThat(browser.text()).contains("Umsetzungsstand").doesNotContain("Stand\n");
            browser.type("spentEur", "4000");
            browser.type("co2SavedTonnes", "3.5");
            browser.type("progressText", "Programm steht, Plakate sind gedruckt.");
            browser.screenshot("implementation-1-progress-report");
            browser.click(By.cssSelector("button[ng-click='complete()']"));
            await().atMost(Duration.ofSeconds(20)).until(() -> reports.countByMeasureId(measure.getId()) == 1);

            // the final report
            openTask(browser, "Aufgaben meiner Kommune", "Fortschrittsbericht 2: " + measure.getReference());
            browser.click(By.xpath("//*[@ng-click='claim()']"));
            browser.waitFor(By.xpath("//*[@ng-click='unclaim()']"));
            assertThat(browser.field("previousPercent").getAttribute("value")).isEqualTo("40");
            browser.type("progressPercent", "100");
            browser.check("progressStatus-0");
            browser.type("spentEur", "11800");
            browser.type("co2SavedTonnes", "12");
            browser.type("progressText", "Die Klimawoche fand mit 2.300 Teilnehmenden statt.");
            browser.check("finalReport");
            browser.screenshot("implementation-2-final-report");
            browser.click(By.cssSelector("button[ng-click='complete()']"));
            await().atMost(Duration.ofSeconds(20)).until(() -> lifecycle.openTask(measure,
                    ImplementationProcess.TASK_ACCEPT_FINAL_REPORT) != null);
        }

        try (var browser = Browser.open()) {
            browser.loginToWebapp(base, "tasklist", "coordinator", "demo");
            openTask(browser, "Koordination: alle offenen Aufgaben", "Abschlussbericht abnehmen: "
                    + measure.getReference());
            browser.click(By.xpath("//*[@ng-click='claim()']"));
            browser.waitFor(By.xpath("//*[@ng-click='unclaim()']"));
            assertThat(browser.field("progressText").getAttribute("value"))
                    .isEqualTo("Die Klimawoche fand mit 2.300 Teilnehmenden statt.");
            browser.check("acceptDecision-0"); // annehmen
            browser.screenshot("implementation-3-accept-final-report");
            browser.click(By.cssSelector("button[ng-click='complete()']"));
            Measure completed = lifecycle.awaitStatus(measure, MeasureStatus.COMPLETED);
            assertThat(measures.events(completed).stream().map(MeasureEvent::getType).toList())
                    .containsSubsequence("PROGRESS_REPORTED", "FINAL_REPORT_SUBMITTED", "FINAL_REPORT_ACCEPTED",
                            "COMPLETED");
            assertThat(measures.events(completed).stream().filter(e -> e.getType().equals("FINAL_REPORT_ACCEPTED"))
                    .findFirst().orElseThrow().getActor()).isEqualTo("coordinator");
        }
    }

    private static void openTask(Browser browser, String filter, String taskName) {
        browser.click(By.xpath("//*[contains(normalize-space(.),'" + filter + "')][self::a or self::h4 or self::span][1]"));
        browser.click(By.xpath("//a[contains(normalize-space(.),'" + taskName + "')]"));
        browser.waitFor(By.cssSelector("[id$='-Field_progressPercent']"));
    }
}
