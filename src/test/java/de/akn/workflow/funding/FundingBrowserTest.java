package de.akn.workflow.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.implementation.ImplementationProcess;
import de.akn.workflow.measure.FundingStatus;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.ParticipationStatus;
import de.akn.workflow.measure.Viewer;
import de.akn.workflow.measure.YearAmount;
import de.akn.workflow.review.ReviewProcess;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.Browser;
import de.akn.workflow.support.MeasureLifecycle;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Kaarst in Tasklist: proposes a measure with two budget years and planned funding (the form's lists),
 * co-signs it as the lead town, applies for the funding and records a lower grant.
 */
class FundingBrowserTest extends AknIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MeasureService measures;
    @Autowired
    TransactionTemplate tx;

    final LocalDate today = LocalDate.now(GermanFormat.ZONE);

    @Test
    void theLeadTownProposesCosignsAppliesAndRecordsTheGrantInTasklist() {
        var lifecycle = new MeasureLifecycle(engine, measures, tx);
        String title = "Energiesparwochen " + System.nanoTime() % 100000;
        String deadline = GermanFormat.date(today.plusDays(45));
        try (var kaarst = Browser.open()) {
            kaarst.loginToWebapp(base(), "tasklist", "km-kaarst", "demo");
            kaarst.click(By.xpath("//a[contains(normalize-space(.),'Prozess starten')]"));
            kaarst.click(By.xpath("//a[normalize-space(.)='Gemeinsame Maßnahme']"));
            kaarst.type("title", title);
            kaarst.type("summary", "Beratungswochen zum Energiesparen in den Rathäusern.");
            kaarst.select("category", "Öffentlichkeitsarbeit und Bildung");
            kaarst.check("sdgs-3");  // SDG 4
            kaarst.check("sdgs-12"); // SDG 13
            kaarst.type("estimatedCostEur", "20000");
            kaarst.type("estimatedStaffDays", "30");
            kaarst.check("costSplit-0"); // zu gleichen Teilen
            kaarst.type("plannedStart", "01.09.2027");
            kaarst.type("plannedEnd", "30.06.2028");
            // two budget years and one funding programme (a further row appears once the one above is used)
            kaarst.type("budgetYear1", "2027");
            kaarst.type("budgetAmount1", "8000");
            kaarst.type("budgetYear2", "2028");
            kaarst.type("budgetAmount2", "12000");
            kaarst.select("fundingProgramme1", "Kommunalrichtlinie (NKI) (Förderquote bis 70 %)");
            kaarst.type("fundingRate1", "50");
            kaarst.type("fundingApplicationDeadline1", deadline);
            kaarst.check("invitedMembers-1"); // Dormagen
            kaarst.screenshot("funding-1-start-form-km-kaarst");
            kaarst.click(By.cssSelector("button[ng-click='startProcessInstance()']"));
            await().atMost(Duration.ofSeconds(20)).until(() -> findByTitle(title) != null);
        }
        Measure measure = findByTitle(title);
        assertThat(measure.getBudget()).containsExactly(new YearAmount(2027, new BigDecimal("8000.00")),
                new YearAmount(2028, new BigDecimal("12000.00")));
        assertThat(measure.getFunding()).singleElement().satisfies(f -> {
            assertThat(f.getProgramme()).isEqualTo("krl");
            assertThat(f.getAmountEur()).isEqualByComparingTo("10000.00");
            assertThat(f.getApplicationDeadline()).isEqualTo(today.plusDays(45));
        });
        assertThat(measure.netCostEur()).isEqualByComparingTo("10000.00");

        // the coordinator approves, Dormagen co-signs; Kaarst decides in Tasklist as the lead town
        lifecycle.complete("coordinator", lifecycle.task(measure, ReviewProcess.TASK_FORMAL_REVIEW),
                Map.of("reviewDecision", "APPROVE"));
        lifecycle.cosign("km-dormagen", measure, "dormagen");
        await().atMost(Duration.ofSeconds(20)).until(() -> lifecycle.cosignTask(measure, "kaarst") != null);
        try (var kaarst = Browser.open()) {
            kaarst.loginToWebapp(base(), "tasklist", "km-kaarst", "demo");
            kaarst.openTownTask("Mitzeichnung: " + measure.getReference(), "cosignDecision-0");
            assertThat(kaarst.text()).contains("Ihre Kommune ist federführend.");
            assertThat(kaarst.field("netCostText").getAttribute("value")).isEqualTo(money("10000.00"));
            assertThat(kaarst.field("prospectiveCostShareText").getAttribute("value")).isEqualTo(money("5000.00"));
            assertThat(kaarst.field("prospectiveSharesByYearText").getAttribute("value"))
                    .isEqualTo("2027: " + money("2000.00") + "; 2028: " + money("3000.00"));
            assertThat(kaarst.field("fundingText").getAttribute("value")).contains("Kommunalrichtlinie (NKI): 50 %");
            kaarst.check("cosignDecision-0"); // mitzeichnen
            kaarst.screenshot("funding-2-lead-cosigns");
            kaarst.click(By.cssSelector("button[ng-click='complete()']"));
            lifecycle.awaitStatus(measure, MeasureStatus.ADOPTED);
            assertThat(lifecycle.reload(measure).participationOf("kaarst").orElseThrow().getStatus())
                    .isEqualTo(ParticipationStatus.COSIGNED);

            // the application, then the decision: 7,000 EUR instead of 10,000 EUR
            kaarst.openTownTask("Förderantrag stellen: " + measure.getReference(), "fundingAppliedOn");
            assertThat(kaarst.field("fundingDeadlineText").getAttribute("value")).isEqualTo(deadline);
            kaarst.type("fundingAppliedOn", GermanFormat.date(today));
            kaarst.screenshot("funding-3-application");
            kaarst.click(By.cssSelector("button[ng-click='complete()']"));
            await().atMost(Duration.ofSeconds(20)).until(() -> lifecycle.reload(measure).getFunding().get(0)
                    .getStatus() == FundingStatus.APPLIED);

            kaarst.openTownTask("Förderbescheid eintragen: " + measure.getReference(), "fundingDecision-0");
            kaarst.check("fundingDecision-0"); // bewilligt
            kaarst.type("grantedAmountEur", "7000");
            kaarst.type("grantReference", "03K12345");
            kaarst.type("fundingDecidedOn", GermanFormat.date(today));
            kaarst.screenshot("funding-4-decision");
            kaarst.click(By.cssSelector("button[ng-click='complete()']"));
            await().atMost(Duration.ofSeconds(20)).until(() -> lifecycle.reload(measure).getFunding().get(0)
                    .getStatus() == FundingStatus.GRANTED);
        }
        // 13,000 EUR net: 6,500 EUR each, above both ceilings; both confirm, implementation starts
        lifecycle.acceptShare(measure, "kaarst");
        lifecycle.acceptShare(measure, "dormagen");
        lifecycle.task(measure, ImplementationProcess.TASK_PROGRESS_REPORT);
        Measure funded = lifecycle.reload(measure);
        assertThat(funded.netCostEur()).isEqualByComparingTo("13000.00");
        assertThat(funded.participationOf("kaarst").orElseThrow().getCostSharesByYear())
                .containsExactly(new YearAmount(2027, new BigDecimal("2600.00")),
                        new YearAmount(2028, new BigDecimal("3900.00")));
    }


    private Measure findByTitle(String title) {
        return measures.search(null, null, new Viewer("test", true, List.of())).stream()
                .filter(m -> m.getTitle().equals(title)).findFirst().orElse(null);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String money(String amount) {
        return GermanFormat.money(new BigDecimal(amount));
    }
}
