package de.akn.workflow.absence;

import de.akn.workflow.common.Dates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.akn.workflow.absence.internal.AbsenceRepository;
import de.akn.workflow.cosigning.CosigningProcess;
import de.akn.workflow.implementation.ImplementationProcess;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.reminder.TaskReminderService;
import de.akn.workflow.review.ReviewProcess;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.MeasureLifecycle;
import de.akn.workflow.support.Sweeps;
import de.akn.workflow.support.TestMail;
import de.akn.workflow.support.TestProposals;
import de.akn.workflow.support.Users;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Absences and deputies with real mail: who receives what while Kaarst's climate manager is away
 * (the person, the deputy "in Vertretung", the town's functional mailbox), tasks that follow the
 * deputy, the coordinator handing a stuck task to a colleague of the same town, and bad input.
 */
class AbsenceTest extends AknIntegrationTest {

    static final String KAARST_MAILBOX = "klimaschutz@kaarst.example.org";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MeasureService measures;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    AbsenceRepository absences;
    @Autowired
    TaskReminderService reminders;
    @Autowired
    JdbcTemplate jdbc;

    MeasureLifecycle lifecycle;
    Users users;
    LocalDate today;

    @BeforeEach
    void init() {
        lifecycle = new MeasureLifecycle(engine, measures, tx);
        users = new Users(engine.getIdentityService(), engine.getTaskService());
        today = Dates.today();
    }

    @AfterEach
    void cleanUp() {
        absences.deleteAll();
        ClockUtil.reset();
    }

    @Test
    void shouldSendTheAbsentProposersMailsToTheDeputyAndTownMailsToTheFunctionalMailbox() {
        // Given Kaarst's climate manager is away for three weeks, deputy-kaarst stands in
        var created = absence("km-kaarst", Map.of("from", today.toString(), "to", today.plusDays(20).toString(),
                "deputy", "deputy-kaarst"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        // When the coordinator asks for a revision of km-kaarst's proposal
        Measure measure = lifecycle.propose("km-kaarst", TestProposals.climateWeek());
        lifecycle.complete("coordinator", lifecycle.task(measure, ReviewProcess.TASK_FORMAL_REVIEW), Map.of(
                "reviewDecision", "REVISE", "reviewComment", "Bitte die Kosten aufschlüsseln."));

        // Then the proposer gets the mail, and the deputy too, marked as "in Vertretung"
        TestMail.awaitSubject("km-kaarst@example.org", measure.getReference(), "Bitte überarbeiten");
        TestMail.awaitSubject("deputy-kaarst@example.org", measure.getReference(),
                "(in Vertretung für Klimaschutzmanagement Kaarst)");
        String deputyText = TestMail.textOf("deputy-kaarst@example.org", measure.getReference(), "Bitte überarbeiten");
        assertThat(deputyText).contains("in Vertretung für Klimaschutzmanagement Kaarst, abwesend bis einschließlich "
                + de.akn.workflow.common.GermanFormat.date(today.plusDays(20)))
                .contains("Guten Tag Vertretung Klimaschutzmanagement Kaarst,");
        assertThat(TestMail.textOf("km-kaarst@example.org", measure.getReference(), "Bitte überarbeiten"))
                .doesNotContain("in Vertretung");
        // a mail to a person is not a mail to the town: the mailbox does not get it
        assertThat(TestMail.subjectsTo(KAARST_MAILBOX, measure.getReference())).noneMatch(s -> s.contains("überarbeiten"));

        // And the revision is a team task: the deputy (same town) revises the proposal
        Task revise = lifecycle.task(measure, ReviewProcess.TASK_REVISE_PROPOSAL);
        assertThat(revise.getAssignee()).isNull();
        assertThat(engine.getTaskService().getIdentityLinksForTask(revise.getId()))
                .anyMatch(l -> "member-kaarst".equals(l.getGroupId()));
        var revised = new HashMap<String, Object>(TestProposals.climateWeek());
        revised.put("summary", "Eine Woche Aktionen zum Klimaschutz, Kosten aufgeschlüsselt.");
        lifecycle.complete("deputy-kaarst", revise, revised);
        lifecycle.complete("coordinator", lifecycle.task(measure, ReviewProcess.TASK_FORMAL_REVIEW),
                Map.of("reviewDecision", "APPROVE"));

        // Then the co-sign request to Dormagen reaches Dormagen's people and its functional mailbox
        TestMail.awaitSubject("km-dormagen@example.org", measure.getReference(), "Bitte um Mitzeichnung");
        TestMail.awaitSubject("klimaschutz@dormagen.example.org", measure.getReference(), "Bitte um Mitzeichnung");
        assertThat(TestMail.textOf("klimaschutz@dormagen.example.org", measure.getReference(), "Mitzeichnung"))
                .contains("Funktionspostfach").contains("der Stadt Dormagen").contains("Guten Tag,");
    }

    @Test
    void shouldHandTasksToTheDeputyWhileAwayAndBackToThePersonAfterwards() {
        // Given a progress report task of Kaarst's measure, taken over by km-kaarst
        Measure measure = lifecycle.adopted("km-kaarst", TestProposals.climateWeek());
        Task report = lifecycle.task(measure, ImplementationProcess.TASK_PROGRESS_REPORT);
        users.as("km-kaarst", () -> {
            engine.getTaskService().claim(report.getId(), "km-kaarst");
            return null;
        });

        // When km-kaarst enters an absence that begins today
        absence("km-kaarst", Map.of("from", today.toString(), "to", today.plusDays(6).toString(),
                "deputy", "deputy-kaarst"));

        // Then the task goes to the deputy at once, with a comment and a mail
        assertThat(lifecycle.task(measure, ImplementationProcess.TASK_PROGRESS_REPORT).getAssignee()).isEqualTo("deputy-kaarst");
        assertThat(engine.getTaskService().getTaskComments(report.getId()))
                .anyMatch(c -> c.getFullMessage().contains("In Vertretung für Klimaschutzmanagement Kaarst"));
        TestMail.awaitSubject("deputy-kaarst@example.org", measure.getReference(), "Aufgabe in Vertretung");

        // When the coordinator hands the task back to km-kaarst while away, it stays with the deputy
        users.as("coordinator", () -> {
            engine.getTaskService().setAssignee(report.getId(), "km-kaarst");
            return null;
        });
        assertThat(lifecycle.task(measure, ImplementationProcess.TASK_PROGRESS_REPORT).getAssignee()).isEqualTo("deputy-kaarst");

        // but km-kaarst may take it over itself
        users.as("km-kaarst", () -> {
            engine.getTaskService().setAssignee(report.getId(), "km-kaarst");
            return null;
        });
        assertThat(lifecycle.task(measure, ImplementationProcess.TASK_PROGRESS_REPORT).getAssignee()).isEqualTo("km-kaarst");

        // When the task is overdue, the reminder to km-kaarst reaches its deputy too
        ClockUtil.setCurrentTime(Date.from(report.getDueDate().toInstant().plus(Duration.ofDays(2))));
        var day = Dates.today();
        absences.deleteAll();
        absence("km-kaarst", Map.of("from", day.toString(), "to", day.plusDays(3).toString(), "deputy", "deputy-kaarst"));
        users.as("km-kaarst", () -> {
            engine.getTaskService().setAssignee(report.getId(), "km-kaarst");
            return null;
        });
        TestMail.purge();
        Sweeps.run(reminders);
        var wait = TestMail.behindOutbox(jdbc);
        TestMail.awaitSubject("deputy-kaarst@example.org", measure.getReference(), "Erinnerung", wait);
        TestMail.awaitSubject("km-kaarst@example.org", measure.getReference(), "Erinnerung", wait);
        assertThat(TestMail.textOf("deputy-kaarst@example.org", measure.getReference(), "Erinnerung"))
                .contains("in Vertretung für Klimaschutzmanagement Kaarst");

        // When the absence is over, a task given to km-kaarst stays with km-kaarst
        ClockUtil.setCurrentTime(Date.from(day.plusDays(4).atStartOfDay(ZoneId.of("Europe/Berlin")).plusHours(9)
                .toInstant()));
        users.as("coordinator", () -> {
            engine.getTaskService().setAssignee(report.getId(), "deputy-kaarst");
            engine.getTaskService().setAssignee(report.getId(), "km-kaarst");
            return null;
        });
        assertThat(lifecycle.task(measure, ImplementationProcess.TASK_PROGRESS_REPORT).getAssignee()).isEqualTo("km-kaarst");
    }

    @Test
    void shouldLetTheCoordinatorReassignATownsTaskOnlyWithinThatTown() {
        Measure measure = lifecycle.propose("km-kaarst", TestProposals.climateWeek());
        lifecycle.complete("coordinator", lifecycle.task(measure, ReviewProcess.TASK_FORMAL_REVIEW),
                Map.of("reviewDecision", "APPROVE"));
        await().atMost(Duration.ofSeconds(20)).until(() -> cosignTask(measure, "dormagen") != null);
        Task dormagen = cosignTask(measure, "dormagen");

        // the coordinator hands Dormagen's stuck decision to Dormagen's deputy (engine REST, as Tasklist does)
        var ok = rest.withBasicAuth("coordinator", "demo").postForEntity("/engine-rest/task/{id}/assignee",
                Map.of("userId", "deputy-dormagen"), String.class, dormagen.getId());
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(cosignTask(measure, "dormagen").getAssignee()).isEqualTo("deputy-dormagen");

        // not to somebody of another town
        var wrongTown = rest.withBasicAuth("coordinator", "demo").postForEntity("/engine-rest/task/{id}/assignee",
                Map.of("userId", "km-meerbusch"), JsonNode.class, dormagen.getId());
        assertThat(wrongTown.getStatusCode().is4xxClientError()).isTrue();
        assertThat(wrongTown.getBody().toString()).contains("für die Stadt Dormagen arbeiten");
        assertThat(cosignTask(measure, "dormagen").getAssignee()).isEqualTo("deputy-dormagen");

        // and the coordinator does not decide for the town
        var complete = rest.withBasicAuth("coordinator", "demo").postForEntity("/engine-rest/task/{id}/complete",
                Map.of("variables", Map.of("cosignDecision", Map.of("value", "COSIGN"))), String.class,
                dormagen.getId());
        assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(cosignTask(measure, "dormagen")).isNotNull();
    }

    @Test
    void shouldRefuseBadAbsencesInGermanAndStoreNothing() {
        String from = today.plusDays(10).toString();
        String to = today.plusDays(20).toString();
        assertRefused("km-kaarst", Map.of("from", to, "to", from, "deputy", "deputy-kaarst"), HttpStatus.BAD_REQUEST,
                "Das Ende der Abwesenheit liegt vor ihrem Beginn.");
        assertRefused("km-kaarst", Map.of("from", from, "to", to, "deputy", "km-dormagen"), HttpStatus.BAD_REQUEST,
                "Die Vertretung muss zur selben Kommune gehören");
        assertRefused("km-kaarst", Map.of("from", from, "to", to, "deputy", "km-kaarst"), HttpStatus.BAD_REQUEST,
                "nicht selbst vertreten");
        assertRefused("km-kaarst", Map.of("from", from, "to", to, "deputy", "niemand"), HttpStatus.BAD_REQUEST,
                "nicht bekannt");
        assertRefused("km-kaarst", Map.of("from", "31.02.2027", "to", to, "deputy", "deputy-kaarst"),
                HttpStatus.BAD_REQUEST, "gültiges Datum");
        assertRefused("coordinator", Map.of("from", from, "to", to, "deputy", "km-kaarst"), HttpStatus.BAD_REQUEST,
                "Die Vertretung der Koordination muss selbst zur Koordination gehören.");
        // in the Sie form, not "Bitte die Vertretung angeben."
        assertRefused("km-kaarst", Map.of("from", from, "to", to), HttpStatus.BAD_REQUEST,
                "Bitte geben Sie die Vertretung an.");
        assertRefused("km-dormagen", Map.of("userId", "km-kaarst", "from", from, "to", to, "deputy", "deputy-kaarst"),
                HttpStatus.FORBIDDEN, "nur die abwesende Person selbst");
        assertThat(absences.count()).isZero();

        // one absence is fine (the coordinator may enter it for a town), an overlapping one is not
        assertThat(absence("coordinator", Map.of("userId", "km-kaarst", "from", from, "to", to,
                "deputy", "deputy-kaarst")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertRefused("km-kaarst", Map.of("from", today.plusDays(15).toString(), "to", today.plusDays(25).toString(),
                "deputy", "deputy-kaarst"), HttpStatus.BAD_REQUEST, "bereits eine Abwesenheit eingetragen");
        // the deputy cannot be away at the same time
        assertRefused("deputy-kaarst", Map.of("from", from, "to", to, "deputy", "km-kaarst"), HttpStatus.BAD_REQUEST,
                "selbst abwesend");
        assertThat(absences.count()).isEqualTo(1);

        // Kaarst's people and the coordinator see it, Dormagen does not; Dormagen cannot delete it
        assertThat(list("km-kaarst")).hasSize(1);
        assertThat(list("coordinator")).hasSize(1);
        assertThat(list("km-dormagen")).isEmpty();
        Long id = absences.findAll().get(0).getId();
        assertThat(rest.withBasicAuth("km-dormagen", "demo").exchange("/api/absences/{id}", HttpMethod.DELETE,
                HttpEntity.EMPTY, String.class, id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("km-kaarst", "demo").exchange("/api/absences/{id}", HttpMethod.DELETE,
                HttpEntity.EMPTY, String.class, id).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(absences.count()).isZero();
        assertThat(rest.getForEntity("/api/absences", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldOfferThePeopleOfOnesOwnTownAsDeputies() {
        var form = rest.withBasicAuth("km-kaarst", "demo").getForObject(
                "/engine-rest/process-definition/key/absence/deployed-start-form", JsonNode.class);
        var deputy = form.get("components").findParents("key").stream()
                .filter(c -> "deputy".equals(c.get("key").asText())).findFirst().orElseThrow();
        assertThat(deputy.get("values").findValuesAsText("value")).containsExactly("deputy-kaarst");
        assertThat(deputy.get("values").findValuesAsText("label"))
                .containsExactly("Vertretung Klimaschutzmanagement Kaarst");
        var coordination = rest.withBasicAuth("coordinator", "demo").getForObject(
                "/engine-rest/process-definition/key/absence/deployed-start-form", JsonNode.class);
        assertThat(coordination.toString()).contains("coordinator-deputy").doesNotContain("deputy-kaarst");
    }

    @Test
    void shouldRecordAnAbsenceFromTheTasklistStartFormWithTheSameRules() {
        var runtime = engine.getRuntimeService();
        assertThatThrownBy(() -> users.as("km-meerbusch", () -> engine.getFormService().submitStartForm(
                definition(), Map.of("from", "10.07.2027", "to", "01.07.2027", "deputy", "deputy-meerbusch"))))
                .hasMessageContaining("Das Ende der Abwesenheit liegt vor ihrem Beginn.");
        assertThat(absences.count()).isZero();

        users.as("km-meerbusch", () -> engine.getFormService().submitStartForm(definition(),
                Map.of("from", "01.07.2027", "to", "21.07.2027", "deputy", "deputy-meerbusch")));
        var stored = absences.findAll();
        assertThat(stored).singleElement().satisfies(a -> {
            assertThat(a.getUserId()).isEqualTo("km-meerbusch");
            assertThat(a.getStartsOn()).isEqualTo(LocalDate.of(2027, 7, 1));
            assertThat(a.getDeputy()).isEqualTo("deputy-meerbusch");
        });
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("absence").count()).isZero();
    }

    private String definition() {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("absence")
                .latestVersion().singleResult().getId();
    }

    private org.springframework.http.ResponseEntity<JsonNode> absence(String user, Map<String, Object> body) {
        var request = new HashMap<String, Object>(body);
        request.putIfAbsent("userId", user);
        return rest.withBasicAuth(user, "demo").postForEntity("/api/absences", request, JsonNode.class);
    }

    private void assertRefused(String user, Map<String, Object> body, HttpStatus status, String fragment) {
        var response = absence(user, body);
        assertThat(response.getStatusCode()).as("%s", body).isEqualTo(status);
        assertThat(response.getBody().get("detail").asText()).as("%s", body).contains(fragment);
    }

    private List<JsonNode> list(String user) {
        var list = new java.util.ArrayList<JsonNode>();
        rest.withBasicAuth(user, "demo").getForObject("/api/absences", JsonNode.class).forEach(list::add);
        return list;
    }

    private Task cosignTask(Measure measure, String town) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(measure.getReference())
                .taskDefinitionKey(CosigningProcess.TASK_COSIGN_DECISION).taskCandidateGroup("member-" + town).includeAssignedTasks()
                .singleResult();
    }
}
