package de.akn.workflow.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.cosigning.CosigningProcess;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.measure.ParticipationStatus;
import de.akn.workflow.member.MemberChanges;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.review.ReviewProcess;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.Browser;
import de.akn.workflow.support.LocalOParl;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Kaarst's climate manager walks a council reservation in Tasklist: picks the Rat's meeting offered
 * from the council information system (OParl), gives the Drucksachen-Nr., and after an adjournment
 * picks the next meeting.
 */
class CouncilBrowserTest extends AknIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MeasureService measures;
    @Autowired
    MemberService members;
    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void forget() {
        members.update("kaarst", new MemberChanges(null, null, null, null, ""));
    }

    @Test
    void kaarstWaitsForTheMeetingOfferedFromOParlAndRecordsTheAdjournment() {
        members.update("kaarst", new MemberChanges(null, null, null, null, LocalOParl.body("browser")));
        var lifecycle = new MeasureLifecycle(engine, measures, tx);
        Measure measure = lifecycle.propose("km-meerbusch", TestProposals.with(TestProposals.climateWeek(),
                "invitedMembers", List.of("kaarst", "dormagen")));
        lifecycle.complete("coordinator", lifecycle.task(measure, ReviewProcess.TASK_FORMAL_REVIEW),
                Map.of("reviewDecision", "APPROVE"));
        await().atMost(Duration.ofSeconds(20)).until(() -> engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(measure.getReference()).taskCandidateGroup("member-kaarst").count() == 1);
        String soon = GermanFormat.date(LocalOParl.SOON);
        String later = GermanFormat.date(LocalOParl.LATER);

        try (var browser = Browser.open()) {
            browser.loginToWebapp("http://localhost:" + port, "tasklist", "km-kaarst", "demo");
            browser.openTownTask("Mitzeichnung: " + measure.getReference(), "cosignDecision-0");
            browser.check("cosignDecision-2"); // Ratsbeschluss abwarten
            browser.select("councilMeetingChoice", soon + " – 12. Sitzung des Rates");
            browser.type("councilPaperReference", "DS 2027/015");
            browser.screenshot("council-1-km-kaarst-meeting-from-oparl");
            browser.click(By.cssSelector("button[ng-click='complete()']"));
            await().atMost(Duration.ofSeconds(20)).until(() -> kaarst(measure).getStatus()
                    == ParticipationStatus.COUNCIL_PENDING);
            assertThat(kaarst(measure).getCouncilMeetingDate()).isEqualTo(LocalOParl.SOON);
            assertThat(kaarst(measure).getCouncilPaperReference()).isEqualTo("DS 2027/015");

            // the council adjourns: the next meeting is picked from the list as well
            browser.go("http://localhost:" + port + "/camunda/app/tasklist/default/");
            browser.openTownTask("Ratsbeschluss eintragen: " + measure.getReference(), "councilDecision-0");
            assertThat(browser.field("councilBody").getAttribute("value")).isEqualTo("Rat der Stadt Kaarst");
            browser.check("councilDecision-2"); // vertagt
            browser.select("councilMeetingChoice", later + " – 13. Sitzung des Rates");
            browser.screenshot("council-2-km-kaarst-adjourned");
            browser.click(By.cssSelector("button[ng-click='complete()']"));
            await().atMost(Duration.ofSeconds(20)).until(() -> LocalOParl.LATER.equals(kaarst(measure)
                    .getCouncilMeetingDate()));
        }
        assertThat(kaarst(measure).getStatus()).isEqualTo(ParticipationStatus.COUNCIL_PENDING);
        var again = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(measure.getReference())
                .taskDefinitionKey(CosigningProcess.TASK_RECORD_COUNCIL_DECISION).singleResult();
        assertThat(GermanFormat.date(again.getDueDate().toInstant())).isEqualTo(GermanFormat.date(
                LocalOParl.LATER.plusDays(1)));
    }


    private Participation kaarst(Measure measure) {
        return new MeasureLifecycle(engine, measures, tx).reload(measure).participationOf("kaarst").orElseThrow();
    }
}
