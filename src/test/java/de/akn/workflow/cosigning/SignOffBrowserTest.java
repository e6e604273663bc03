package de.akn.workflow.cosigning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.ParticipationStatus;
import de.akn.workflow.review.ReviewProcess;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.Browser;
import de.akn.workflow.support.MeasureLifecycle;
import de.akn.workflow.support.TestProposals;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dormagen's Bürgermeister in Tasklist: the climate manager has co-signed, the sign-off waits; the
 * Zeichnungsberechtigte reads the measure and its Beschlussvorlage in the tab "Maßnahme" and signs.
 */
class SignOffBrowserTest extends AknIntegrationTest {

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

    @AfterEach
    void noSignOffAnyMore() {
        rest.withBasicAuth("coordinator", "demo").exchange("/api/members/dormagen", HttpMethod.PATCH,
                new HttpEntity<>(Map.of("signOffRequired", false)), String.class);
    }

    @Test
    void theZeichnungsberechtigteReadsTheDraftAndSignsInTasklist() {
        rest.withBasicAuth("coordinator", "demo").exchange("/api/members/dormagen", HttpMethod.PATCH,
                new HttpEntity<>(Map.of("signOffRequired", true)), String.class);
        var lifecycle = new MeasureLifecycle(engine, measures, tx);
        Measure measure = lifecycle.propose("km-kaarst", TestProposals.with(TestProposals.climateWeek(),
                "invitedMembers", List.of("dormagen")));
        lifecycle.complete("coordinator", lifecycle.task(measure, ReviewProcess.TASK_FORMAL_REVIEW),
                Map.of("reviewDecision", "APPROVE"));
        lifecycle.cosign("km-kaarst", measure, "kaarst");
        lifecycle.decide("km-dormagen", measure, "dormagen", Map.of("cosignDecision", "COSIGN",
                "cosignComment", "Mit dem Fachbereich abgestimmt."));
        await().atMost(Duration.ofSeconds(20)).until(() -> lifecycle.openTask(measure, CosigningProcess.TASK_INTERNAL_SIGN_OFF)
                != null);

        try (var browser = Browser.open()) {
            browser.loginToWebapp(base(), "tasklist", "signoff-dormagen", "demo");
            browser.openTownTask("Zeichnung: " + measure.getReference(), "signOffDecision-0");
            assertThat(browser.field("decisionText").getAttribute("value")).contains("Stadt Dormagen",
                    "Klimaschutzmanagement", "Mit dem Fachbereich abgestimmt.").doesNotContain("km-dormagen");
            assertThat(browser.field("councilDraftUrl").getAttribute("value"))
                    .endsWith("/council-draft/dormagen.pdf");
            browser.screenshot("sign-off-1-form-signoff-dormagen");

            browser.click(By.xpath("//a[normalize-space(.)='Maßnahme']"));
            browser.waitForText("Beteiligte Mitglieder");
            assertThat(browser.text()).contains(measure.getTitle(), "Zeichnung ausstehend");
            browser.screenshot("sign-off-2-measure-tab-signoff-dormagen");

            browser.click(By.xpath("//a[normalize-space(.)='Formular']"));
            browser.waitFor(By.cssSelector("[id$='-Field_signOffDecision-0']"));
            browser.check("signOffDecision-0"); // zeichnen
            browser.screenshot("sign-off-3-signed-signoff-dormagen");
            browser.click(By.cssSelector("button[ng-click='complete()']"));
        }
        lifecycle.awaitStatus(measure, MeasureStatus.ADOPTED);
        assertThat(lifecycle.reload(measure).participationOf("dormagen").orElseThrow().getStatus())
                .isEqualTo(ParticipationStatus.COSIGNED);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
