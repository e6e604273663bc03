package de.akn.workflow.review;

import de.akn.workflow.measure.CostSplit;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureEvent;
import de.akn.workflow.measure.internal.MeasureRepository;
import de.akn.workflow.measure.MeasureProposals;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.ProposalReader;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.measure.Viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.Browser;
import de.akn.workflow.support.TestProposals;
import de.akn.workflow.support.Users;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The review cycle as people do it: Kaarst's climate manager proposes a measure in the
 * Tasklist start form, the coordinator finds it under "Koordination" and approves it.
 */
class ReviewBrowserTest extends AknIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    MeasureRepository measures;
    @Autowired
    MeasureService measureService;
    @Autowired
    ProposalReader proposalReader;
    @Autowired
    MeasureProposals proposals;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;
    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    Users users;

    @org.junit.jupiter.api.BeforeEach
    void users() {
        users = new Users(engine.getIdentityService(), engine.getTaskService());
    }

    @Test
    void climateManagerProposesInTasklistAndCoordinatorApproves() {
        String title = "Klimawoche im Rhein-Kreis " + System.nanoTime() % 100000;
        try (var kaarst = Browser.open()) {
            kaarst.loginToWebapp(base(), "tasklist", "km-kaarst", "demo");
            kaarst.click(By.xpath("//a[contains(normalize-space(.),'Prozess starten')]"));
            kaarst.click(By.xpath("//a[normalize-space(.)='Gemeinsame Maßnahme']"));
            kaarst.type("title", title);
            kaarst.type("summary", "Eine Woche mit Aktionen, Vorträgen und Mitmachangeboten.");
            kaarst.select("category", "Öffentlichkeitsarbeit und Bildung");
            kaarst.check("sdgs-10");  // SDG 11
            kaarst.check("sdgs-12");  // SDG 13
            kaarst.type("estimatedCostEur", "12000");
            kaarst.type("estimatedStaffDays", "20");
            kaarst.type("co2SavingsTonnesPerYear", "15");
            kaarst.check("costSplit-1"); // nach Einwohnerzahl
            kaarst.type("plannedStart", "01.03.2027");
            kaarst.type("plannedEnd", "30.09.2027");
            kaarst.check("invitedMembers-1"); // Dormagen
            kaarst.check("invitedMembers-6"); // Meerbusch
            kaarst.screenshot("review-1-start-form-km-kaarst");
            kaarst.click(By.cssSelector("button[ng-click='startProcessInstance()']"));
            await().atMost(Duration.ofSeconds(20)).until(() -> findByTitle(title) != null);
        }

        Measure measure = findByTitle(title);
        assertThat(measure.getStatus()).isEqualTo(MeasureStatus.IN_REVIEW);
        assertThat(measure.getLeadMember()).isEqualTo("kaarst");
        assertThat(measure.getProposer()).isEqualTo("km-kaarst");
        assertThat(measure.getSdgs()).containsExactly(11, 13);
        assertThat(measure.getCostSplit()).isEqualTo(CostSplit.POPULATION);
        assertThat(measure.getPlannedStart()).hasToString("2027-03-01");
        assertThat(measure.getPlannedEnd()).hasToString("2027-09-30");
        assertThat(measure.getEstimatedCostEur()).isEqualByComparingTo("12000");
        assertThat(measure.getParticipations()).extracting(Participation::getMemberId)
                .containsExactly("kaarst", "dormagen", "meerbusch");

        try (var coordinator = Browser.open()) {
            coordinator.loginToWebapp(base(), "tasklist", "coordinator", "demo");
            coordinator.click(By.xpath("//*[contains(normalize-space(.),'Koordination: alle offenen Aufgaben')]"
                    + "[self::a or self::h4 or self::span][1]"));
            coordinator.click(By.xpath("//a[contains(normalize-space(.),'Vorschlag prüfen: " + measure.getReference()
                    + "')]"));
            coordinator.waitFor(By.cssSelector("[id$='-Field_reviewDecision-0']"));
            // a group task is claimed before its form can be filled in
            coordinator.click(By.xpath("//*[@ng-click='claim()']"));
            coordinator.waitFor(By.xpath("//*[@ng-click='unclaim()']"));
            assertThat(coordinator.field("title").getAttribute("value")).isEqualTo(title);
            coordinator.check("reviewDecision-0"); // freigeben
            coordinator.type("reviewComment", "Gute Idee, bitte mit der Kreis-Pressestelle abstimmen.");
            coordinator.screenshot("review-2-formal-review-coordinator");
            coordinator.click(By.cssSelector("button[ng-click='complete()']"));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> findByTitle(title).getStatus() == MeasureStatus.COSIGNING);
            coordinator.screenshot("review-3-after-approval");
        }

        // approval asks Kaarst (the lead town), Dormagen and Meerbusch to co-sign
        assertThat(measureService.events(findByTitle(title))).extracting(MeasureEvent::getType)
                .containsExactly("PROPOSED", "APPROVED", "COSIGN_REQUESTED", "COSIGN_REQUESTED", "COSIGN_REQUESTED");
        assertThat(measureService.events(findByTitle(title))).extracting(MeasureEvent::getActor)
                .startsWith("km-kaarst", "coordinator");
    }

    /** The partner's name in the forms comes from the member data, not from the form file. */
    @Test
    void partnerSeesItsNameFromTheMemberDataInTheExpertForm() {
        Measure measure = users.as("km-kaarst", () -> tx.execute(status -> proposals.propose(
                proposalReader.read(TestProposals.solarRoofs(), "km-kaarst"))));

        try (var partner = Browser.open()) {
            partner.loginToWebapp(base(), "tasklist", "ea-nrw", "demo");
            partner.click(By.xpath("//*[contains(normalize-space(.),'Aufgaben meiner Kommune')]"
                    + "[self::a or self::h4 or self::span][1]"));
            partner.click(By.xpath("//a[contains(normalize-space(.),'Fachliche Stellungnahme: "
                    + measure.getReference() + "')]"));
            partner.waitFor(By.cssSelector("[id$='-Field_expertRecommendation-0']"));
            partner.waitForText("Stellungnahme der EnergieAgentur.NRW");
            partner.screenshot("review-4-expert-form-partner-name");
            assertThat(partner.text()).doesNotContain("{{").doesNotContain("partnerName");
        }
    }

    private Measure findByTitle(String title) {
        return measures.findAll().stream().filter(m -> m.getTitle().equals(title))
                .max(Comparator.comparing(Measure::getId))
                .flatMap(m -> measureService.find(m.getReference(), new Viewer("test", true, List.of())))
                .orElse(null);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
