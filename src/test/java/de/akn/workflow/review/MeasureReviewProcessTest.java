package de.akn.workflow.review;

import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureEvent;
import de.akn.workflow.measure.internal.MeasureRepository;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import de.akn.workflow.support.MeasureLifecycle;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.TestMail;
import de.akn.workflow.support.TestProposals;
import de.akn.workflow.support.Users;
import de.akn.workflow.common.ValidationProblem;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code joint-measure} with {@code measure-review}, path by path, with real services and mail. */
class MeasureReviewProcessTest extends AknIntegrationTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    MeasureService measures;
    @Autowired
    MeasureRepository measureRepository;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void shouldApproveWithoutExpertReview() {
        // Given a proposal by Kaarst under 50,000 EUR that is not about energy or buildings
        Measure measure = propose("km-kaarst", TestProposals.climateWeek());
        ProcessInstance joint = instance(measure);
        assertThat(joint).isActive().hasBusinessKey(measure.getReference());
        ProcessInstance review = calledProcessInstance(joint);
        assertThat(review).hasPassed("Rule_ReviewRouting").isWaitingAt(ReviewProcess.TASK_FORMAL_REVIEW);
        assertThat(review).variables().containsEntry("expertReviewRequired", false);
        assertThat(task(review)).hasCandidateGroup("coordinator").hasName("Vorschlag prüfen: " + measure.getReference());
        assertThat(mailsTo("coordinator@example.org", measure.getReference()))
                .anyMatch(subject -> subject.contains("Neuer Maßnahmenvorschlag"));

        // When the coordinator approves
        complete("coordinator", task(review), Map.of("reviewDecision", "APPROVE"));

        // Then the measure goes to co-signing and the proposer is told
        assertThat(review).isEnded().hasPassedInOrder("Rule_ReviewRouting", ReviewProcess.TASK_FORMAL_REVIEW, "End_Approved");
        assertThat(joint).isWaitingAt("CallActivity_Cosigning");
        assertThat(reload(measure).getStatus()).isEqualTo(MeasureStatus.COSIGNING);
        // every town decides, the lead town (Kaarst) included
        assertThat(eventTypes(measure)).containsExactly("PROPOSED", "APPROVED",
                "COSIGN_REQUESTED", "COSIGN_REQUESTED", "COSIGN_REQUESTED");
        assertThat(measures.events(measure).stream().map(MeasureEvent::getDetail)).contains("Freigegeben",
                "Mitzeichnung angefragt bei der Stadt Kaarst", "Mitzeichnung angefragt bei der Stadt Dormagen")
                .doesNotContain("Mitzeichnung angefragt bei Stadt Kaarst");
        assertThat(mailsTo("km-kaarst@example.org", measure.getReference()))
                .contains("[" + measure.getReference() + "] Maßnahme freigegeben: Gemeinsame Klimawoche 2027");
    }

    @Test
    void shouldAskTheEnergieAgenturFirstForEnergyMeasures() {
        Measure measure = propose("km-meerbusch", TestProposals.solarRoofs());
        ProcessInstance review = calledProcessInstance(instance(measure));
        assertThat(review).isWaitingAt(ReviewProcess.TASK_EXPERT_REVIEW);
        assertThat(task(review)).hasCandidateGroup("partner-energieagentur");
        await().atMost(Duration.ofSeconds(10)).until(() -> !mailsTo("ea-nrw@example.org", measure.getReference())
                .isEmpty());
        assertThat(mailsTo("ea-nrw@example.org", measure.getReference()))
                .containsExactly("[" + measure.getReference() + "] Bitte um fachliche Stellungnahme: "
                        + "Solardach-Offensive auf kommunalen Gebäuden");

        // a town may not give the expert opinion
        assertThatThrownBy(() -> complete("km-kaarst", task(review), Map.of("expertOpinion", "Finde ich gut.",
                "expertRecommendation", "SUPPORT")))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        // an opinion without recommendation is refused, nothing stored
        assertThatThrownBy(() -> complete("ea-nrw", task(review), Map.of("expertOpinion", "Sinnvoll, aber teuer.")))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("Empfehlung");
        assertThat(review).isWaitingAt(ReviewProcess.TASK_EXPERT_REVIEW);

        complete("ea-nrw", task(review), Map.of("expertOpinion", "Fachlich sinnvoll; Dachstatik vorher prüfen.",
                "expertRecommendation", "SUPPORT_WITH_CHANGES"));
        assertThat(review).isWaitingAt(ReviewProcess.TASK_FORMAL_REVIEW);
        assertThat(review).variables().containsEntry("expertRecommendation", "SUPPORT_WITH_CHANGES");
        complete("coordinator", task(review), Map.of("reviewDecision", "APPROVE"));

        assertThat(review).hasPassedInOrder(ReviewProcess.TASK_EXPERT_REVIEW, ReviewProcess.TASK_FORMAL_REVIEW, "End_Approved");
        // Meerbusch leads and decides like Dormagen, which is asked to co-sign
        assertThat(eventTypes(measure)).containsExactly("PROPOSED", "EXPERT_REVIEW_REQUESTED",
                "EXPERT_OPINION_GIVEN", "APPROVED", "COSIGN_REQUESTED", "COSIGN_REQUESTED");
    }

    @Test
    void shouldRouteToExpertReviewFromFiftyThousandEuro() {
        Measure below = propose("km-kaarst", TestProposals.with(TestProposals.climateWeek(), "estimatedCostEur",
                49999.99));
        Measure at = propose("km-kaarst", TestProposals.with(TestProposals.climateWeek(), "estimatedCostEur", 50000));
        assertThat(calledProcessInstance(instance(below))).isWaitingAt(ReviewProcess.TASK_FORMAL_REVIEW);
        assertThat(calledProcessInstance(instance(at))).isWaitingAt(ReviewProcess.TASK_EXPERT_REVIEW);
    }

    @Test
    void shouldSendBackForRevisionAndApproveTheRevisedProposal() {
        Measure measure = propose("km-kaarst", TestProposals.climateWeek());
        ProcessInstance review = calledProcessInstance(instance(measure));

        // a revision needs a reason
        assertThatThrownBy(() -> complete("coordinator", task(review), Map.of("reviewDecision", "REVISE")))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("begründen");
        complete("coordinator", task(review), Map.of("reviewDecision", "REVISE",
                "reviewComment", "Bitte die Kosten nach Kommunen aufschlüsseln."));

        assertThat(review).isWaitingAt(ReviewProcess.TASK_REVISE_PROPOSAL);
        // a team task of the lead town (any of Kaarst's climate managers); the proposer is mailed
        assertThat(task(review)).isNotAssigned().hasCandidateGroup("member-kaarst");
        assertThat(reload(measure).getStatus()).isEqualTo(MeasureStatus.REVISION);
        assertThat(mailsTo("km-kaarst@example.org", measure.getReference()))
                .contains("[" + measure.getReference() + "] Bitte überarbeiten: Gemeinsame Klimawoche 2027");
        assertThat(bodiesTo("km-kaarst@example.org")).anyMatch(b -> b.contains("Kosten nach Kommunen aufschlüsseln"));

        // the same rules apply to the revision: an invalid value is refused, nothing changes
        assertThatThrownBy(() -> complete("km-kaarst", task(review), Map.of("title", "Kurz")))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("Titel");
        assertThat(reload(measure).getTitle()).isEqualTo("Gemeinsame Klimawoche 2027");

        complete("km-kaarst", task(review), Map.of("title", "Gemeinsame Klimawoche 2027 (überarbeitet)",
                "estimatedCostEur", 14500.0));
        assertThat(review).isWaitingAt(ReviewProcess.TASK_FORMAL_REVIEW);
        Measure revised = reload(measure);
        assertThat(revised.getTitle()).isEqualTo("Gemeinsame Klimawoche 2027 (überarbeitet)");
        assertThat(revised.getEstimatedCostEur()).isEqualByComparingTo("14500");
        assertThat(revised.getStatus()).isEqualTo(MeasureStatus.IN_REVIEW);
        assertThat(review).variables().containsEntry("reviewDecision", null);
        assertThat(mailsTo("coordinator@example.org", measure.getReference()))
                .anyMatch(s -> s.contains("Überarbeiteter Vorschlag"));

        complete("coordinator", task(review), Map.of("reviewDecision", "APPROVE"));
        assertThat(review).hasPassedInOrder(ReviewProcess.TASK_FORMAL_REVIEW, ReviewProcess.TASK_REVISE_PROPOSAL, ReviewProcess.TASK_FORMAL_REVIEW,
                "End_Approved");
        assertThat(reload(measure).getStatus()).isEqualTo(MeasureStatus.COSIGNING);
        assertThat(eventTypes(measure)).containsExactly("PROPOSED", "REVISION_REQUESTED", "REVISED", "APPROVED",
                "COSIGN_REQUESTED", "COSIGN_REQUESTED", "COSIGN_REQUESTED");
    }

    @Test
    void shouldFillTheRevisionFormWithTheBudgetRowsAndTakeTheChangedRowsOnly() {
        var proposal = TestProposals.with(TestProposals.with(TestProposals.climateWeek(), "plannedEnd", "2028-06-30"),
                "budget", List.of(Map.of("year", 2027, "amountEur", 8000), Map.of("year", 2028, "amountEur", 4000)));
        Measure measure = propose("km-kaarst", proposal);
        ProcessInstance joint = instance(measure);
        ProcessInstance review = calledProcessInstance(joint);
        assertThat(runtimeService.getVariables(joint.getId())).as("the processes carry no form rows")
                .doesNotContainKeys("budgetYear1", "budgetAmount1", "fundingProgramme1");
        complete("coordinator", task(review), Map.of("reviewDecision", "REVISE",
                "reviewComment", "Bitte die Jahre anders verteilen."));

        // the form shows the budget years of the measure
        Task revise = task(review);
        assertThat(taskService.getVariablesLocal(revise.getId())).containsEntry("budgetYear1", 2027)
                .containsEntry("budgetAmount1", 8000.0).containsEntry("budgetYear2", 2028)
                .containsEntry("budgetAmount2", 4000.0).containsEntry("budgetYear3", null);

        // submitted through the form (all fields, the rows changed): the new distribution counts
        as("km-kaarst", () -> {
            engine.getFormService().submitTaskForm(revise.getId(), Map.of("budgetYear1", 2027, "budgetAmount1", 5000.0,
                    "budgetYear2", 2028, "budgetAmount2", 7000.0));
            return null;
        });
        assertThat(budget(measure)).containsExactly("2027: 5000", "2028: 7000");
        assertThat(runtimeService.getVariables(review.getId())).doesNotContainKeys("budgetYear1", "budgetAmount1");

        // a second round, completed without the rows (the API's way): the budget stays as it is
        complete("coordinator", task(review), Map.of("reviewDecision", "REVISE", "reviewComment", "Bitte kürzen."));
        complete("km-kaarst", task(review), Map.of("summary", "Eine kürzere Woche mit Aktionen in allen Kommunen."));
        assertThat(budget(measure)).containsExactly("2027: 5000", "2028: 7000");
        complete("coordinator", task(review), Map.of("reviewDecision", "APPROVE"));
        assertThat(runtimeService.getVariables(joint.getId())).doesNotContainKeys("budgetYear1", "budgetAmount1");
    }

    @Test
    void shouldRejectWithReasonAndTellTheProposer() {
        Measure measure = propose("km-dormagen", TestProposals.with(TestProposals.climateWeek(), "invitedMembers",
                List.of("kaarst")));
        ProcessInstance joint = instance(measure);
        ProcessInstance review = calledProcessInstance(joint);

        complete("coordinator", task(review), Map.of("reviewDecision", "REJECT",
                "reviewComment", "Doppelt sich mit dem Kreisprojekt <Klimafit>."));

        assertThat(review).hasPassed("End_Rejected").isEnded();
        assertThat(joint).hasPassed("End_Rejected").isEnded();
        assertThat(reload(measure).getStatus()).isEqualTo(MeasureStatus.REJECTED);
        assertThat(eventTypes(measure)).containsExactly("PROPOSED", "REJECTED");
        assertThat(mailsTo("km-dormagen@example.org", measure.getReference()))
                .contains("[" + measure.getReference() + "] Maßnahme abgelehnt: Gemeinsame Klimawoche 2027");
        assertThat(bodiesTo("km-dormagen@example.org")).anyMatch(b -> b.contains("&lt;Klimafit&gt;"));
    }

    @Test
    void shouldNotLetAnotherTownSeeOrCompleteTheReviewTasks() {
        Measure measure = propose("km-kaarst", TestProposals.climateWeek());
        ProcessInstance review = calledProcessInstance(instance(measure));
        Task formal = task(review);
        assertThat(as("km-kaarst", () -> taskService.createTaskQuery().taskId(formal.getId()).count())).isZero();
        assertThatThrownBy(() -> complete("km-kaarst", formal, Map.of("reviewDecision", "APPROVE")))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        assertThat(review).isWaitingAt(ReviewProcess.TASK_FORMAL_REVIEW);
    }

    private Measure propose(String user, Map<String, Object> proposal) {
        Measure measure = new MeasureLifecycle(engine, measures, tx).propose(user, proposal);
        await().atMost(Duration.ofSeconds(10)).until(() -> !mailsTo("coordinator@example.org",
                measure.getReference()).isEmpty());
        return measure;
    }

    private ProcessInstance instance(Measure measure) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(measure.getReference())
                .processDefinitionKey("joint-measure").singleResult();
    }

    private Measure reload(Measure measure) {
        return measureRepository.findByReference(measure.getReference()).orElseThrow();
    }

    private List<String> eventTypes(Measure measure) {
        return measures.events(measure).stream().map(MeasureEvent::getType).toList();
    }

    private List<String> budget(Measure measure) {
        return tx.execute(s -> reload(measure).getBudget().stream()
                .map(b -> b.getYear() + ": " + b.getAmountEur().intValue()).toList());
    }

    private <T> T as(String user, Supplier<T> action) {
        return new Users(identityService, taskService).as(user, action);
    }

    private void complete(String user, Task task, Map<String, Object> variables) {
        new Users(identityService, taskService).complete(user, task, variables);
    }

    /** Subjects of the mails to an address about a measure, once the outbox is delivered. */
    List<String> mailsTo(String address, String reference) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from akn_notification where status = 'PENDING'", Long.class) == 0);
        return TestMail.subjectsTo(address, reference);
    }

    static List<String> bodiesTo(String address) {
        return TestMail.receivedBy(address).stream().map(TestMail::text).toList();
    }
}
