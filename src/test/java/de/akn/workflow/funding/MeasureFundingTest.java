package de.akn.workflow.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.implementation.ImplementationProcess;
import de.akn.workflow.measure.FundingStatus;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.measure.ParticipationStatus;
import de.akn.workflow.measure.YearAmount;
import de.akn.workflow.review.ReviewProcess;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.MeasureLifecycle;
import de.akn.workflow.support.TestMail;
import de.akn.workflow.support.TestProposals;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A measure with two budget years and planned funding, from the proposal through co-signing (the lead town
 * too) to the funding application and decision: net shares per year, the deadline reminders by the engine's
 * clock, a lower grant that sends the signers above their ceilings through the confirmation round, and a
 * rejection that costs the quorum.
 */
class MeasureFundingTest extends AknIntegrationTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    MeasureService measures;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;

    MeasureLifecycle lifecycle;
    final LocalDate today = LocalDate.now(GermanFormat.ZONE);

    @BeforeEach
    void lifecycle() {
        lifecycle = new MeasureLifecycle(engine, measures, tx);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** 12,000 EUR over 2027 and 2028, 60 % from the Kommunalrichtlinie (7,200 EUR), due in 40 days. */
    Map<String, Object> fundedClimateWeek(List<String> invited) {
        var proposal = TestProposals.with(TestProposals.with(TestProposals.climateWeek(), "plannedEnd", "2028-06-30"),
                "invitedMembers", invited);
        proposal.put("budget", List.of(Map.of("year", 2027, "amountEur", 6000), Map.of("year", 2028, "amountEur",
                6000)));
        proposal.put("funding", List.of(Map.of("programme", "krl", "ratePercent", 60, "applicationDeadline",
                today.plusDays(40).toString())));
        return proposal;
    }

    @Test
    void shouldShareTheNetCostPerYearApplyAndAfterALowerGrantConfirmTheHigherShares() throws Exception {
        // Given Kaarst proposes 12,000 EUR over two budget years with 7,200 EUR planned funding
        Measure measure = lifecycle.propose("km-kaarst", fundedClimateWeek(List.of("dormagen", "meerbusch")));
        JsonNode proposed = get("km-kaarst", "/api/measures/" + measure.getReference());
        assertThat(proposed.get("netCostEur").decimalValue()).isEqualByComparingTo("4800.00");
        assertThat(proposed.get("budget").findValuesAsText("year")).containsExactly("2027", "2028");
        assertThat(proposed.get("budget").findValues("amountEur")).allMatch(a -> a.decimalValue()
                .compareTo(new BigDecimal("6000")) == 0);
        JsonNode planned = proposed.get("funding").get(0);
        assertThat(planned.get("programme").asText()).isEqualTo("krl");
        assertThat(planned.get("amountEur").decimalValue()).isEqualByComparingTo("7200.00");
        assertThat(planned.get("status").asText()).isEqualTo("PLANNED");
        assertThat(planned.get("applicationDeadline").asText()).isEqualTo(today.plusDays(40).toString());

        // When the coordinator approves, every town (the lead town too) sees its share of the net cost per year
        lifecycle.complete("coordinator", lifecycle.task(measure, ReviewProcess.TASK_FORMAL_REVIEW),
                Map.of("reviewDecision", "APPROVE"));
        await().atMost(Duration.ofSeconds(20)).until(() -> lifecycle.cosignTask(measure, "kaarst") != null);
        var kaarstTask = lifecycle.cosignTask(measure, "kaarst").getId();
        var taskService = engine.getTaskService();
        // 4,800 EUR × 43,500 / 164,500 inhabitants, half in each year
        assertThat(taskService.getVariable(kaarstTask, "prospectiveCostShareText")).isEqualTo(money("1269.30"));
        assertThat(taskService.getVariable(kaarstTask, "prospectiveSharesByYearText"))
                .isEqualTo("2027: " + money("634.65") + "; 2028: " + money("634.65"));
        assertThat(formShows(kaarstTask, "netCostText")).isEqualTo(money("4800.00"));
        assertThat(formShows(kaarstTask, "fundingText")).isEqualTo("Kommunalrichtlinie (NKI): "
                + "60 % der Kosten, " + money("7200.00") + " (geplant, Antragsfrist "
                + GermanFormat.date(today.plusDays(40)) + ")");
        TestMail.awaitSubject("km-kaarst@example.org", measure.getReference(), "Bitte um Mitzeichnung Ihres Vorschlags");
        TestMail.awaitSubject("km-dormagen@example.org", measure.getReference(), "Bitte um Mitzeichnung");
        assertThat(TestMail.textOf("km-dormagen@example.org", measure.getReference(), "Bitte um Mitzeichnung"))
                .contains("Haushaltsjahre:   2027: " + money("6000.00") + "; 2028: " + money("6000.00"))
                .contains("Kosten nach Förderung: " + money("4800.00"))
                .contains("davon je Haushaltsjahr: 2027: " + money("948.33") + "; 2028: " + money("948.33"));

        // the Beschlussvorlage names the funding, the net cost and the town's share per Haushaltsjahr
        var pdf = rest.withBasicAuth("km-dormagen", "demo").getForEntity("/api/measures/" + measure.getReference()
                + "/council-draft/dormagen.pdf", byte[].class);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getBody())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replace('\u00a0', ' ')
                    .replaceAll("\\s+", " ");
            assertThat(text).contains("Förderung Kommunalrichtlinie (NKI): 60 % der Kosten, "
                    + plainMoney("7200.00"), "Kosten nach Abzug der Förderung (Eigenanteil der mitzeichnenden Kommunen) "
                    + plainMoney("4800.00"), "Kosten im Haushaltsjahr 2028 " + plainMoney("6000.00"),
                    "Anteil der Stadt Dormagen im Haushaltsjahr 2027 " + plainMoney("948.33"),
                    "für die Haushaltsjahre 2027 (" + plainMoney("948.33") + ") und 2028 (" + plainMoney("948.33")
                            + ")").doesNotContain("bereitzustellen");
        }

        // When all three co-sign (ceilings: the shares they were shown)
        lifecycle.cosign("km-kaarst", measure, "kaarst");
        lifecycle.cosign("km-dormagen", measure, "dormagen");
        lifecycle.cosign("km-meerbusch", measure, "meerbusch");

        // Then the measure is adopted, the lead town applies first, nothing is implemented before the decision
        Measure adopted = lifecycle.awaitStatus(measure, MeasureStatus.ADOPTED);
        Participation kaarst = adopted.participationOf("kaarst").orElseThrow();
        assertThat(kaarst.getCostShareEur()).isEqualByComparingTo("1269.30");
        assertThat(kaarst.getCostSharesByYear()).containsExactly(new YearAmount(2027, new BigDecimal("634.65")),
                new YearAmount(2028, new BigDecimal("634.65")));
        Task application = lifecycle.task(measure, MeasureFundingProcess.TASK_SUBMIT_APPLICATION);
        assertThat(taskService.createTaskQuery().taskId(application.getId()).taskCandidateGroup("member-kaarst")
                .count()).isEqualTo(1);
        assertThat(application.getDueDate()).isEqualTo(at(today.plusDays(40), LocalTime.of(23, 59)));
        assertThat(implementations(measure)).isZero();
        TestMail.awaitSubject("km-kaarst@example.org", measure.getReference(), "Förderantrag stellen bis "
                + GermanFormat.date(today.plusDays(40)) + ": Kommunalrichtlinie (NKI)");
        assertThat(TestMail.receivedBy("km-kaarst@example.org").stream().filter(m -> subjectOf(m)
                .contains("Förderantrag stellen")).map(TestMail::raw).findFirst().orElseThrow()).contains("text/calendar");

        // the deadline reminders come 30, 7 and 1 days before, by the engine's clock, once each
        for (int before : new int[] {30, 7, 1}) {
            ClockUtil.setCurrentTime(at(today.plusDays(40 - before), LocalTime.of(8, 1)));
            executeDueTimers(measure);
        }
        ClockUtil.reset();
        await().atMost(Duration.ofSeconds(30)).until(() -> TestMail.subjectsTo("km-kaarst@example.org",
                measure.getReference()).stream().filter(s -> s.contains("Erinnerung – Antragsfrist")).count() == 3);
        assertThat(TestMail.subjectsTo("km-dormagen@example.org", measure.getReference()))
                .noneMatch(s -> s.contains("Antragsfrist"));

        // another town cannot record the application; a day in the future is refused in German
        assertThat(completeByRest("km-dormagen", application.getId(), Map.of("fundingAppliedOn", "01.01.2027")))
                .isIn(403, 404);
        var future = rest.withBasicAuth("km-kaarst", "demo").exchange("/engine-rest/task/" + application.getId()
                + "/complete", HttpMethod.POST, body(Map.of("fundingAppliedOn", GermanFormat.date(today.plusDays(1)))),
                String.class);
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(future.getBody()).contains("Der Tag der Antragstellung darf nicht in der Zukunft liegen.");
        assertThat(fundingStatus(measure)).isEqualTo(FundingStatus.PLANNED);

        // When Kaarst applies today
        lifecycle.complete("km-kaarst", application, Map.of("fundingAppliedOn", GermanFormat.date(today),
                "fundingComment", "Antrag über das Förderportal easy-Online."));
        Task decision = lifecycle.task(measure, MeasureFundingProcess.TASK_RECORD_DECISION);
        assertThat(fundingStatus(measure)).isEqualTo(FundingStatus.APPLIED);
        assertThat(taskService.getVariable(decision.getId(), "fundingAppliedOnText")).isEqualTo(GermanFormat.date(today));

        // bad decisions are refused, nothing is stored: before the application, more than applied for, no reference
        assertRefused(decision, Map.of("fundingDecision", "GRANTED", "grantedAmountEur", 4000, "grantReference", "X1",
                "fundingDecidedOn", GermanFormat.date(today.minusDays(1))), "fundingDecidedOn",
                "Der Bescheid kann nicht vor dem Antrag ergangen sein");
        assertRefused(decision, Map.of("fundingDecision", "GRANTED", "grantedAmountEur", "7.200,01", "grantReference",
                "X1", "fundingDecidedOn", GermanFormat.date(today)), "grantedAmountEur",
                "Der bewilligte Betrag (" + money("7200.01") + ") darf den beantragten Betrag (" + money("7200.00")
                        + ") nicht übersteigen.");
        assertRefused(decision, Map.of("fundingDecision", "GRANTED", "grantedAmountEur", 4000,
                "fundingDecidedOn", GermanFormat.date(today)), "grantReference", "Förderkennzeichen");
        assertThat(completeByRest("km-meerbusch", decision.getId(), Map.of("fundingDecision", "REJECTED",
                "fundingDecidedOn", GermanFormat.date(today)))).isIn(403, 404);
        assertThat(fundingStatus(measure)).isEqualTo(FundingStatus.APPLIED);
        TestMail.purge();

        // When only 4,000 EUR are granted
        lifecycle.complete("km-kaarst", decision, Map.of("fundingDecision", "GRANTED", "grantedAmountEur", 4000,
                "grantReference", "67K12345", "fundingDecidedOn", GermanFormat.date(today)));

        // Then the net cost rises to 8,000 EUR, every signer is above its ceiling and must confirm first
        for (String town : List.of("kaarst", "dormagen", "meerbusch")) {
            await().atMost(Duration.ofSeconds(20)).until(() -> lifecycle.confirmShareTask(measure, town) != null);
        }
        Measure recomputed = lifecycle.reload(measure);
        assertThat(recomputed.netCostEur()).isEqualByComparingTo("8000.00");
        assertThat(recomputed.getFunding().get(0).getGrantReference()).isEqualTo("67K12345");
        assertThat(share(recomputed, "kaarst")).isEqualByComparingTo("2115.50");
        assertThat(recomputed.participationOf("kaarst").orElseThrow().getCostSharesByYear())
                .containsExactly(new YearAmount(2027, new BigDecimal("1057.75")),
                        new YearAmount(2028, new BigDecimal("1057.75")));
        assertThat(recomputed.signers().stream().flatMap(p -> p.getCostSharesByYear().stream())
                .map(YearAmount::getAmountEur).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("8000.00");
        Task confirm = lifecycle.confirmShareTask(measure, "dormagen");
        assertThat(taskService.getVariable(confirm.getId(), "confirmationContext")).isEqualTo("FUNDING");
        assertThat(formShows(confirm.getId(), "netCostText")).isEqualTo(money("8000.00"));
        TestMail.awaitSubject("km-dormagen@example.org", measure.getReference(),
                "Förderentscheidung: höhere Kostenanteile, Bestätigung nötig");
        TestMail.awaitSubject("km-dormagen@example.org", measure.getReference(), "Höheren Kostenanteil");
        TestMail.awaitSubject("coordinator@example.org", measure.getReference(), "Förderentscheidung");
        assertThat(TestMail.textOf("km-dormagen@example.org", measure.getReference(), "Höheren Kostenanteil"))
                .contains("die Förderung der Maßnahme fällt geringer aus als geplant");
        assertThat(TestMail.textOf("coordinator@example.org", measure.getReference(), "Förderentscheidung"))
                .contains("Stadt Kaarst: " + money("2115.50") + " (2027: " + money("1057.75") + "; 2028: "
                        + money("1057.75") + "), bisher " + money("1269.30"));
        assertThat(implementations(measure)).isZero();

        // When all three carry the higher share, implementation starts
        for (String town : List.of("kaarst", "dormagen", "meerbusch")) {
            lifecycle.acceptShare(measure, town);
        }
        lifecycle.task(measure, ImplementationProcess.TASK_PROGRESS_REPORT);
        assertThat(implementations(measure)).isEqualTo(1);
        Measure funded = lifecycle.reload(measure);
        assertThat(funded.getStatus()).isEqualTo(MeasureStatus.ADOPTED);
        assertThat(funded.participationOf("meerbusch").orElseThrow().getCostCeilingEur())
                .isEqualByComparingTo(share(funded, "meerbusch"));
        assertThat(measures.events(funded)).extracting(e -> e.getType()).contains("FUNDING_APPLICATION_REQUESTED",
                "FUNDING_APPLIED", "FUNDING_GRANTED", "FUNDING_CONCLUDED", "SHARE_CONFIRMED");
        JsonNode granted = get("km-meerbusch", "/api/measures/" + measure.getReference()).get("funding").get(0);
        assertThat(granted.get("status").asText()).isEqualTo("GRANTED");
        assertThat(granted.get("grantedAmountEur").decimalValue()).isEqualByComparingTo("4000");
        assertThat(granted.get("appliedOn").asText()).isEqualTo(today.toString());
    }

    @Test
    void shouldEndTheMeasureWhenARejectionCostsTheQuorum() {
        // Given Kaarst and Dormagen carry 10,000 EUR with 7,000 EUR planned funding (ceilings: their net shares)
        var proposal = TestProposals.with(TestProposals.with(TestProposals.climateWeek(), "invitedMembers",
                List.of("dormagen")), "estimatedCostEur", 10000);
        proposal.put("funding", List.of(Map.of("programme", "krl", "ratePercent", 70, "applicationDeadline",
                today.plusDays(10).toString())));
        Measure measure = lifecycle.adopted("km-kaarst", proposal);
        assertThat(share(measure, "dormagen")).isEqualByComparingTo("1797.24");
        lifecycle.complete("km-kaarst", lifecycle.task(measure, MeasureFundingProcess.TASK_SUBMIT_APPLICATION),
                Map.of("fundingAppliedOn", GermanFormat.date(today)));

        // When the application is rejected and Dormagen withdraws rather than pay its share of 10,000 EUR
        lifecycle.complete("km-kaarst", lifecycle.task(measure, MeasureFundingProcess.TASK_RECORD_DECISION),
                Map.of("fundingDecision", "REJECTED", "fundingDecidedOn", GermanFormat.date(today)));
        lifecycle.acceptShare(measure, "kaarst");
        await().atMost(Duration.ofSeconds(20)).until(() -> lifecycle.confirmShareTask(measure, "dormagen") != null);
        lifecycle.complete("km-dormagen", lifecycle.confirmShareTask(measure, "dormagen"),
                Map.of("shareConfirmation", "WITHDRAW", "cosignComment", "Ohne Förderung nicht finanzierbar."));

        // Then the measure is not adopted, nothing is implemented, everyone involved is told
        Measure ended = lifecycle.awaitStatus(measure, MeasureStatus.NOT_ADOPTED);
        assertThat(ended.getFunding().get(0).getStatus()).isEqualTo(FundingStatus.REJECTED);
        assertThat(ended.netCostEur()).isEqualByComparingTo("10000.00");
        assertThat(ended.participationOf("dormagen").orElseThrow().getStatus()).isEqualTo(ParticipationStatus.DECLINED);
        assertThat(implementations(measure)).isZero();
        TestMail.awaitSubject("km-dormagen@example.org", measure.getReference(), "Maßnahme nicht vereinbart");
        TestMail.awaitSubject("coordinator@example.org", measure.getReference(), "Maßnahme nicht vereinbart");
        assertThat(TestMail.textOf("coordinator@example.org", measure.getReference(), "nicht vereinbart"))
                .contains("nach der Förderentscheidung kommt die Maßnahme nicht zustande");
        assertThat(measures.events(ended)).anyMatch(e -> "NOT_ADOPTED".equals(e.getType())
                && e.getDetail().contains("Nach der Förderentscheidung bleiben weniger als")
                && e.getDetail().contains("mitzeichnende Kommunen") && !e.getDetail().contains("Mitglieder"));
    }

    @Test
    void shouldStartImplementationAtOnceWithoutFunding() {
        Measure measure = lifecycle.adopted("km-kaarst", TestProposals.climateWeek());
        lifecycle.task(measure, ImplementationProcess.TASK_PROGRESS_REPORT);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(measure.getReference()).processDefinitionKey("measure-funding").count())
                .isZero();
    }

    private void assertRefused(Task task, Map<String, Object> variables, String field, String message) {
        assertThatThrownBy(() -> lifecycle.complete("km-kaarst", task, variables))
                .isInstanceOf(ValidationProblem.class).satisfies(e -> assertThat(((ValidationProblem) e).errors()
                        .get(field)).contains(message));
    }

    private int completeByRest(String user, String taskId, Map<String, Object> variables) {
        return rest.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + taskId + "/complete", HttpMethod.POST,
                body(variables), String.class).getStatusCode().value();
    }

    private HttpEntity<String> body(Map<String, Object> variables) {
        var values = new HashMap<String, Object>();
        variables.forEach((k, v) -> values.put(k, Map.of("value", v)));
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        try {
            return new HttpEntity<>(json.writeValueAsString(Map.of("variables", values)), headers);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode get(String user, String path) throws Exception {
        return json.readTree(rest.withBasicAuth(user, "demo").getForObject(path, String.class));
    }

    private void executeDueTimers(Measure measure) {
        var management = engine.getManagementService();
        for (var instance : engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(measure.getReference()).processDefinitionKey("measure-funding").list()) {
            for (var job : management.createJobQuery().processInstanceId(instance.getId()).timers()
                    .duedateLowerThan(ClockUtil.getCurrentTime()).list()) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException e) {
                    // the application's job executor may have run it already
                }
            }
        }
        // the job executor may still be running one of them: the clock moves on only when every due timer is done
        Date now = ClockUtil.getCurrentTime();
        await().atMost(Duration.ofSeconds(20)).until(() -> engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(measure.getReference()).processDefinitionKey("measure-funding").list()
                .stream().allMatch(instance -> management.createJobQuery().processInstanceId(instance.getId())
                        .timers().duedateLowerThan(now).count() == 0));
    }

    private static String subjectOf(jakarta.mail.internet.MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long implementations(Measure measure) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(measure.getReference()).processDefinitionKey("measure-implementation")
                .count();
    }

    private FundingStatus fundingStatus(Measure measure) {
        return lifecycle.reload(measure).getFunding().get(0).getStatus();
    }

    private static BigDecimal share(Measure measure, String member) {
        return measure.participationOf(member).orElseThrow().getCostShareEur();
    }

    /** As PDF text comes out: a plain space before the euro sign. */
    private static String plainMoney(String amount) {
        return money(amount).replace('\u00a0', ' ');
    }

    private static String money(String amount) {
        return GermanFormat.money(new BigDecimal(amount));
    }

    private static Date at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(GermanFormat.ZONE).toInstant());
    }

    /** What the task's form shows (Tasklist loads it as form variables): the measure's texts are not stored. */
    private Object formShows(String taskId, String name) {
        return engine.getFormService().getTaskFormVariables(taskId).getValue(name, Object.class);
    }
}
