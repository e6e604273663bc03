package de.akn.workflow.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import de.akn.workflow.cosigning.CosigningProcess;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.review.ReviewProcess;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.Browser;
import de.akn.workflow.support.MeasureLifecycle;
import de.akn.workflow.support.TestProposals;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Visibility in a real Chromium: the public pages (with an axe-core accessibility check), the
 * coordinator's Cockpit dashboard and process-instance tab, the Tasklist tab "Maßnahme" of a town's
 * co-sign task, and Camunda Forms' own messages in German.
 */
class VisibilityBrowserTest extends AknIntegrationTest {

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

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    void thePublicPagesAreReadableWithoutLoginAndAccessible() {
        var lifecycle = new MeasureLifecycle(engine, measures, tx);
        Measure adopted = lifecycle.published("km-kaarst", TestProposals.climateWeek());
        try (var browser = Browser.open()) {
            for (var page : List.of(Map.entry("/", "public-1-start"), Map.entry("/kommunen/kaarst", "public-2-member"),
                    Map.entry("/massnahmen/" + adopted.getReference(), "public-3-measure"),
                    Map.entry("/impressum", "public-4-imprint"), Map.entry("/datenschutz", "public-5-privacy"),
                    Map.entry("/barrierefreiheit", "public-6-accessibility"))) {
                browser.go(base() + page.getKey());
                browser.waitForText("Allianz für Klima und Nachhaltigkeit");
                assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
                assertThat(browser.driver().findElements(By.tagName("h1"))).hasSize(1);
                browser.screenshot(page.getValue());
                var result = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                        .analyze(browser.driver());
                var serious = result.getViolations().stream()
                        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                        .map(v -> v.getId() + ": " + v.getHelp()).toList();
                assertThat(serious).as("serious or critical axe findings on %s", page.getKey()).isEmpty();
            }
            browser.go(base() + "/massnahmen/" + adopted.getReference());
            browser.waitForText(adopted.getTitle());
            assertThat(browser.text()).contains("Stadt Dormagen");

            // keyboard only: from the start page, tab to the Impressum and open it with Enter
            browser.go(base() + "/");
            browser.waitForText("Allianz für Klima und Nachhaltigkeit");
            String focused = "";
            for (int i = 0; i < 200 && !"Impressum".equals(focused); i++) {
                browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
                focused = browser.driver().switchTo().activeElement().getText();
            }
            assertThat(focused).as("the Impressum link is reachable with the Tab key").isEqualTo("Impressum");
            browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> browser.driver().getCurrentUrl().endsWith("/impressum"));
            browser.waitForText("Angaben nach § 5 des Digitale-Dienste-Gesetzes");
        }
    }

    @Test
    void theCoordinatorSeesTheMatrixAndTheDossierInCockpitAndATownItsMeasureInTasklist() {
        var lifecycle = new MeasureLifecycle(engine, measures, tx);
        Measure measure = lifecycle.propose("km-kaarst", TestProposals.with(TestProposals.climateWeek(),
                "invitedMembers", List.of("grevenbroich", "korschenbroich")));
        lifecycle.complete("coordinator", lifecycle.task(measure, ReviewProcess.TASK_FORMAL_REVIEW),
                Map.of("reviewDecision", "APPROVE"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> engine.getTaskService()
                .createTaskQuery().processInstanceBusinessKey(measure.getReference())
                .taskDefinitionKey(CosigningProcess.TASK_COSIGN_DECISION).count() == 3);

        try (var coordinator = Browser.open()) {
            coordinator.loginToWebapp(base(), "cockpit", "coordinator", "demo");
            coordinator.waitForText("Maßnahmen der Allianz");
            coordinator.waitForText(measure.getReference());
            assertThat(coordinator.text()).contains("Stadt Grevenbroich").contains("eingeladen");
            coordinator.screenshot("cockpit-1-dashboard");
            coordinator.click(By.linkText(measure.getReference()));
            coordinator.click(By.xpath("//a[normalize-space(.)='Maßnahme']"));
            coordinator.waitForText("Beteiligte Mitglieder");
            assertThat(coordinator.text()).contains(measure.getTitle()).contains("Verlauf")
                    .contains("Stadt Kaarst (federführend)");
            coordinator.screenshot("cockpit-2-process-instance-tab");
        }
        // the matrix is the coordination's: a town gets 403 from its data and sees no dashboard
        assertThat(rest.withBasicAuth("km-kaarst", "demo").getForEntity("/api/overview/matrix", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        try (var grevenbroich = Browser.open()) {
            grevenbroich.loginToWebapp(base(), "tasklist", "km-grevenbroich", "demo");
            grevenbroich.click(By.xpath("//*[contains(normalize-space(.),'Aufgaben meiner Kommune')]"
                    + "[self::a or self::h4 or self::span][1]"));
            grevenbroich.click(By.xpath("//a[contains(normalize-space(.),'Mitzeichnung: " + measure.getReference()
                    + "')]"));
            grevenbroich.click(By.xpath("//a[normalize-space(.)='Maßnahme']"));
            grevenbroich.waitForText("Beteiligte Mitglieder");
            assertThat(grevenbroich.text()).contains(measure.getTitle()).contains("Stadt Korschenbroich")
                    .contains("Fachliche Stellungnahme").contains("Verlauf");
            grevenbroich.screenshot("tasklist-1-measure-tab");
        }
        // a town that is not involved does not get the dossier
        String taskId = lifecycle.cosignTask(measure, "grevenbroich").getId();
        assertThat(rest.withBasicAuth("km-meerbusch", "demo").getForEntity("/api/overview/tasks/{id}/dossier",
                String.class, taskId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anEmptyStartFormAnswersInGerman() {
        try (var browser = Browser.open()) {
            browser.loginToWebapp(base(), "tasklist", "km-kaarst", "demo");
            browser.click(By.xpath("//a[contains(normalize-space(.),'Prozess starten')]"));
            browser.click(By.xpath("//a[normalize-space(.)='Gemeinsame Maßnahme']"));
            browser.field("title");
            browser.click(By.cssSelector("button[ng-click='startProcessInstance()']"));
            browser.waitForText("Bitte füllen Sie dieses Feld aus.");
            browser.screenshot("tasklist-2-empty-start-form");
            assertThat(browser.text()).doesNotContain("Field is required").doesNotContain("Field must");
        }
    }
}
