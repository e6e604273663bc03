package de.akn.workflow.cosigning;

import de.akn.workflow.measure.ParticipationStatus;
import de.akn.workflow.measure.Viewer;
import java.util.List;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureProposals;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.ProposalReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.review.ReviewProcess;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.Browser;
import de.akn.workflow.support.TestProposals;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** Dormagen's climate manager co-signs in Tasklist, seeing the measure and its prospective share. */
class CosignBrowserTest extends AknIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    MeasureService measures;
    @Autowired
    ProposalReader proposalReader;
    @Autowired
    MeasureProposals proposals;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    TransactionTemplate tx;

    @Test
    void dormagenSeesItsShareAndCosigns() {
        // Given Kaarst's measure (12,000 EUR by population; Kaarst, Dormagen, Meerbusch), approved
        identityService.setAuthentication("km-kaarst", List.of("climate-managers", "member-kaarst"));
        Measure measure;
        try {
            measure = tx.execute(s -> proposals.propose(proposalReader.read(TestProposals.climateWeek(), "km-kaarst")));
        } finally {
            identityService.clearAuthentication();
        }
        var review = taskService.createTaskQuery().processInstanceBusinessKey(measure.getReference())
                .taskDefinitionKey(ReviewProcess.TASK_FORMAL_REVIEW).singleResult();
        taskService.complete(review.getId(), Map.of("reviewDecision", "APPROVE"));

        try (var browser = Browser.open()) {
            browser.loginToWebapp("http://localhost:" + port, "tasklist", "km-dormagen", "demo");
            browser.click(By.xpath("//*[contains(normalize-space(.),'Aufgaben meiner Kommune')]"
                    + "[self::a or self::h4 or self::span][1]"));
            browser.click(By.xpath("//a[contains(normalize-space(.),'Mitzeichnung: " + measure.getReference() + "')]"));
            browser.waitFor(By.cssSelector("[id$='-Field_cosignDecision-0']"));
            browser.click(By.xpath("//*[@ng-click='claim()']"));
            browser.waitFor(By.xpath("//*[@ng-click='unclaim()']"));
            assertThat(browser.field("title").getAttribute("value")).isEqualTo("Gemeinsame Klimawoche 2027");
            assertThat(browser.field("memberName").getAttribute("value")).isEqualTo("Stadt Dormagen");
            // 12,000 EUR × 65,000 / 164,500 inhabitants
            assertThat(browser.field("prospectiveCostShareText").getAttribute("value")).isEqualTo(GermanFormat.money(
                    new java.math.BigDecimal("4741.64")));
            browser.check("cosignDecision-0"); // mitzeichnen
            browser.type("cosignComment", "Der Haupt- und Finanzausschuss ist informiert.");
            browser.screenshot("cosign-1-km-dormagen");
            browser.click(By.cssSelector("button[ng-click='complete()']"));
            await().atMost(Duration.ofSeconds(20)).until(() -> status(measure, "dormagen")
                    == ParticipationStatus.COSIGNED);
        }
        var dormagen = measures.find(measure.getReference(), new Viewer("t", true, List.of())).orElseThrow()
                .participationOf("dormagen").orElseThrow();
        assertThat(dormagen.getDecidedBy()).isEqualTo("km-dormagen");
        assertThat(dormagen.getComment()).isEqualTo("Der Haupt- und Finanzausschuss ist informiert.");
    }

    private ParticipationStatus status(Measure measure, String member) {
        return measures.find(measure.getReference(), new Viewer("t", true, List.of())).orElseThrow()
                .participationOf(member).orElseThrow().getStatus();
    }
}
