package de.akn.workflow.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.akn.workflow.common.Dates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureEvent;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.implementation.internal.ProgressReportRepository;
import de.akn.workflow.reminder.TaskReminderService;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.MeasureLifecycle;
import de.akn.workflow.support.Sweeps;
import de.akn.workflow.support.TestMail;
import de.akn.workflow.support.TestProposals;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code measure-implementation}: reports on time and overdue, the percent rule, acceptance, completion. */
class ImplementationProcessTest extends AknIntegrationTest {


    @Autowired
    ProcessEngine engine;
    @Autowired
    MeasureService measures;
    @Autowired
    ProgressReportRepository reports;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TaskReminderService reminders;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;

    MeasureLifecycle lifecycle;

    @BeforeEach
    void init() {
        lifecycle = new MeasureLifecycle(engine, measures, tx);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldFollowAMeasureFromAdoptionThroughQuarterlyReportsToCompletion() {
        // Given Kaarst's measure, co-signed by Dormagen and Meerbusch
        Measure measure = lifecycle.adopted("km-kaarst", TestProposals.climateWeek());

        // Then Kaarst has the first report (a team task of the lead town), due one quarter after adoption,
        // and the proposer a mail with the date
        Task first = lifecycle.task(measure, ImplementationProcess.TASK_PROGRESS_REPORT);
        assertThat(first.getAssignee()).isNull();
        assertThat(engine.getTaskService().getIdentityLinksForTask(first.getId()))
                .anyMatch(l -> "member-kaarst".equals(l.getGroupId()) && "candidate".equals(l.getType()));
        assertThat(first.getName()).isEqualTo("Fortschrittsbericht 1: " + measure.getReference());
        var adoptedOn = GermanFormat.day(measure.getAdoptedAt());
        // (on the next working day of the town halls)
        var calendar = de.akn.workflow.common.WorkingDaysTest.defaultCalendar();
        assertThat(Dates.day(first.getDueDate())).isEqualTo(calendar.onOrAfter(adoptedOn.plusMonths(3)));
        TestMail.awaitSubject("km-kaarst@example.org", measure.getReference(), "Fortschrittsbericht Nr. 1 fällig am "
                + GermanFormat.DATE.format(calendar.onOrAfter(adoptedOn.plusMonths(3))));

        // When the first report comes in
        lifecycle.complete("km-kaarst", first, report(40, "ON_TRACK", 4000, 3.5, "Programm steht, Plakate gedruckt.",
                false));

        // Then it is stored, the co-signing towns get the figures, and report 2 is due a quarter later
        assertThat(reports.findByMeasureIdOrderByReportNumberAscIdAsc(measure.getId())).singleElement()
                .satisfies(r -> {
                    assertThat(r.getProgressPercent()).isEqualTo(40);
                    assertThat(r.getSpentEur()).isEqualByComparingTo("4000.00");
                    assertThat(r.getSubmittedBy()).isEqualTo("km-kaarst");
                });
        for (String town : List.of("km-dormagen@example.org", "km-meerbusch@example.org")) {
            TestMail.awaitSubject(town, measure.getReference(), "Fortschrittsbericht Nr. 1: Gemeinsame Klimawoche 2027");
            assertThat(TestMail.textOf(town, measure.getReference(), "Fortschrittsbericht Nr. 1")).contains("Fortschritt: 40 % (im Plan)")
                    .contains("Bisher ausgegeben: 4.000,00").contains("3,5 t CO2").contains("Plakate gedruckt");
        }
        assertThat(TestMail.subjectsTo("km-juechen@example.org", measure.getReference())).noneMatch(s -> s.contains(
                "Fortschrittsbericht Nr. 1:"));
        Task second = lifecycle.task(measure, ImplementationProcess.TASK_PROGRESS_REPORT);
        assertThat(second.getName()).isEqualTo("Fortschrittsbericht 2: " + measure.getReference());
        assertThat(Dates.day(second.getDueDate())).isEqualTo(calendar.onOrAfter(adoptedOn.plusMonths(6)));
        assertThat(engine.getTaskService().getVariable(second.getId(), "previousPercent")).isEqualTo(40);

        // When the final report comes in, the coordinator must accept it
        lifecycle.complete("km-kaarst", second, report(100, "ON_TRACK", 11500, 12, "Die Klimawoche fand statt.", true));
        Task accept = lifecycle.task(measure, ImplementationProcess.TASK_ACCEPT_FINAL_REPORT);
        assertThat(engine.getTaskService().getIdentityLinksForTask(accept.getId()))
                .anyMatch(l -> "coordinator".equals(l.getGroupId()));
        // the form shows the reported sums as people write them, not as "11500.0"
        var sums = engine.getTaskService().getVariablesLocal(accept.getId());
        assertThat((String) sums.get("spentText")).isEqualTo(GermanFormat.money(new BigDecimal("11500")))
                .startsWith("11.500,00").endsWith("€");
        assertThat(sums).containsEntry("co2SavedText", "12 t CO2-Äquivalente");
        TestMail.awaitSubject("coordinator@example.org", measure.getReference(), "Abschlussbericht zur Abnahme");

        // A request for changes needs a comment; nothing changes without one
        assertThatThrownBy(() -> lifecycle.complete("coordinator", accept, Map.of("acceptDecision", "REQUEST_CHANGES")))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("was am Abschlussbericht geändert");
        assertThat(lifecycle.openTask(measure, ImplementationProcess.TASK_ACCEPT_FINAL_REPORT)).isNotNull();

        // With a comment the report goes back to Kaarst's team, and the proposer is told why
        lifecycle.complete("coordinator", accept, Map.of("acceptDecision", "REQUEST_CHANGES",
                "acceptComment", "Bitte die Teilnehmerzahlen ergänzen."));
        Task again = lifecycle.task(measure, ImplementationProcess.TASK_PROGRESS_REPORT);
        assertThat(again.getAssignee()).isNull();
        assertThat(engine.getTaskService().getVariable(again.getId(), "acceptComment"))
                .isEqualTo("Bitte die Teilnehmerzahlen ergänzen.");
        TestMail.awaitSubject("km-kaarst@example.org", measure.getReference(), "Abschlussbericht ergänzen: " + measure.getTitle());
        assertThat(TestMail.textOf("km-kaarst@example.org", measure.getReference(), "Abschlussbericht ergänzen"))
                .contains("Bitte die Teilnehmerzahlen ergänzen.");

        // When it is resubmitted and accepted
        lifecycle.complete("km-kaarst", again, report(100, "ON_TRACK", 11800, 12.5,
                "Die Klimawoche fand statt, 2.300 Teilnehmende.", true));
        lifecycle.complete("coordinator", lifecycle.task(measure, ImplementationProcess.TASK_ACCEPT_FINAL_REPORT),
                Map.of("acceptDecision", "ACCEPT"));

        // Then the measure is COMPLETED with the right trail, and every signer hears of it
        Measure completed = lifecycle.awaitStatus(measure, MeasureStatus.COMPLETED);
        assertThat(completed.getCompletedAt()).isNotNull();
        assertThat(measures.events(completed).stream().map(MeasureEvent::getType).toList()).containsSubsequence(
                "ADOPTED", "PROGRESS_REPORTED", "FINAL_REPORT_SUBMITTED", "FINAL_REPORT_RETURNED",
                "FINAL_REPORT_SUBMITTED", "FINAL_REPORT_ACCEPTED", "COMPLETED");
        for (String signer : List.of("km-kaarst@example.org", "km-dormagen@example.org", "km-meerbusch@example.org",
                "coordinator@example.org")) {
            TestMail.awaitSubject(signer, measure.getReference(), "Maßnahme abgeschlossen: Gemeinsame Klimawoche 2027");
        }
        assertThat(TestMail.textOf("km-dormagen@example.org", measure.getReference(), "Maßnahme abgeschlossen"))
                .contains("Geschätzte Einsparung gegenüber 3 Einzelvorhaben: 13.200,00");
        assertThat(TestMail.subjectsTo("km-juechen@example.org", measure.getReference()))
                .noneMatch(s -> s.contains("abgeschlossen"));
        var history = engine.getHistoryService();
        var joint = history.createHistoricProcessInstanceQuery().processDefinitionKey("joint-measure")
                .processInstanceBusinessKey(measure.getReference()).singleResult();
        assertThat(joint.getEndActivityId()).isEqualTo("End_Completed");
        // the step as Cockpit names it: the co-signing towns by the one term
        assertThat(history.createHistoricActivityInstanceQuery().activityId("ServiceTask_Completed").list())
                .extracting(org.camunda.bpm.engine.history.HistoricActivityInstance::getActivityName)
                .containsOnly("Maßnahme abschließen, mitzeichnende Kommunen informieren");

        // And the API shows the reports and the synergy estimate: 3 × 12,000 × 0.7 − 12,000
        JsonNode body = rest.withBasicAuth("km-dormagen", "demo").getForObject("/api/measures/"
                + measure.getReference(), JsonNode.class);
        assertThat(body.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(body.get("reports")).hasSize(3);
        assertThat(body.get("reports").get(0).get("progressPercent").asInt()).isEqualTo(40);
        assertThat(body.get("reports").get(2).get("finalReport").asBoolean()).isTrue();
        assertThat(body.get("synergy").get("moneySavedEur").decimalValue()).isEqualByComparingTo("13200.00");
        assertThat(body.get("synergy").get("staffDaysSaved").decimalValue()).isEqualByComparingTo("22.0");
    }

    @Test
    void shouldNeedAReasonWhenProgressGoesDown() {
        Measure measure = lifecycle.adopted("km-grevenbroich", TestProposals.with(TestProposals.climateWeek(),
                "invitedMembers", List.of("juechen")));
        lifecycle.complete("km-grevenbroich", lifecycle.task(measure, ImplementationProcess.TASK_PROGRESS_REPORT),
                report(50, "ON_TRACK", 2000, null, "Halbzeit.", false));
        Task second = lifecycle.task(measure, ImplementationProcess.TASK_PROGRESS_REPORT);

        // 30 % after 50 %, without a reason: refused, nothing stored, the task stays open
        assertThatThrownBy(() -> lifecycle.complete("km-grevenbroich", second,
                report(30, "DELAYED", 2500, null, "Rückschlag.", false)))
                .isInstanceOfSatisfying(ValidationProblem.class, e -> assertThat(e.errors())
                        .containsOnlyKeys("percentDecreaseReason")
                        .containsValue("Der Fortschritt (30 %) ist geringer als im letzten Bericht (50 %). "
                                + "Bitte begründen Sie das."));
        assertThat(reports.countByMeasureId(measure.getId())).isEqualTo(1);
        assertThat(lifecycle.openTask(measure, ImplementationProcess.TASK_PROGRESS_REPORT).getId()).isEqualTo(second.getId());

        // with a reason it is accepted and the reason is kept
        var withReason = report(30, "DELAYED", 2500, null, "Rückschlag.", false);
        withReason.put("percentDecreaseReason", "Ein Veranstaltungsort ist weggefallen.");
        lifecycle.complete("km-grevenbroich", second, withReason);
        assertThat(reports.findFirstByMeasureIdOrderByReportNumberDescIdDesc(measure.getId()).orElseThrow()
                .getPercentDecreaseReason()).isEqualTo("Ein Veranstaltungsort ist weggefallen.");
    }

    @Test
    void shouldRefuseInvalidFiguresWithGermanMessagesAndStoreNothing() {
        Measure measure = lifecycle.adopted("km-korschenbroich", TestProposals.with(TestProposals.climateWeek(),
                "invitedMembers", List.of("rommerskirchen")));
        Task task = lifecycle.task(measure, ImplementationProcess.TASK_PROGRESS_REPORT);
        var bad = new HashMap<String, Object>();
        bad.put("progressPercent", 120);
        bad.put("spentEur", -5);
        bad.put("co2SavedTonnes", "viel");
        bad.put("progressStatus", "GREAT");
        bad.put("progressText", " ");
        bad.put("finalReport", "vielleicht");

        assertThatThrownBy(() -> lifecycle.complete("km-korschenbroich", task, bad))
                .isInstanceOfSatisfying(ValidationProblem.class, e -> assertThat(e.errors()).containsOnlyKeys(
                        "progressPercent", "spentEur", "co2SavedTonnes", "progressStatus", "progressText",
                        "finalReport"));
        assertThat(reports.countByMeasureId(measure.getId())).isZero();
        assertThat(measures.events(measure).stream().map(MeasureEvent::getType)).doesNotContain("PROGRESS_REPORTED");
        // another town's manager cannot complete the proposer's report
        assertThatThrownBy(() -> lifecycle.complete("km-rommerskirchen", task,
                report(10, "ON_TRACK", 0, null, "fremd", false)))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    }

    @Test
    void shouldRemindTheProposerOfAnOverdueReport() {
        Measure measure = lifecycle.adopted("km-meerbusch", TestProposals.with(TestProposals.climateWeek(),
                "invitedMembers", List.of("kaarst")));
        Task task = lifecycle.task(measure, ImplementationProcess.TASK_PROGRESS_REPORT);

        // When the sweep runs two days after the due date
        ClockUtil.setCurrentTime(Date.from(task.getDueDate().toInstant().plus(2, ChronoUnit.DAYS)));
        Sweeps.run(reminders);

        // Then the proposer is reminded of exactly this report
        TestMail.awaitSubject("km-meerbusch@example.org", measure.getReference(), "Erinnerung – Aufgabe überfällig: Fortschrittsbericht 1 – "
                + measure.getTitle(), TestMail.behindOutbox(jdbc));

        // a week later the coordinator is told who holds it, by name
        ClockUtil.setCurrentTime(Date.from(task.getDueDate().toInstant().plus(9, ChronoUnit.DAYS)));
        Sweeps.run(reminders);
        TestMail.awaitSubject("coordinator@example.org", measure.getReference(), "Eskalation – Aufgabe überfällig: "
                + "Fortschrittsbericht 1 – " + measure.getTitle(), TestMail.behindOutbox(jdbc));
        assertThat(TestMail.textOf("coordinator@example.org", measure.getReference(),
                "Eskalation – Aufgabe überfällig: Fortschrittsbericht"))
                .contains("zuständig: Klimaschutzmanagement Meerbusch").doesNotContain("member-");
    }

    static Map<String, Object> report(int percent, String status, double spent, Number co2, String text,
            boolean finalReport) {
        var values = new HashMap<String, Object>();
        values.put("progressPercent", percent);
        values.put("progressStatus", status);
        values.put("spentEur", spent);
        values.put("co2SavedTonnes", co2 == null ? null : co2.doubleValue());
        values.put("progressText", text);
        values.put("finalReport", finalReport);
        return values;
    }

}
