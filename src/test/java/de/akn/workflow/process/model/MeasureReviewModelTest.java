package de.akn.workflow.process.model;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Date;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.akn.workflow.common.DueDates;
import de.akn.workflow.measure.MeasureForms;
import de.akn.workflow.review.ReviewProcess;

/**
 * measure-review.bpmn with review-routing.dmn: the DMN decides whether the EnergieAgentur.NRW gives an expert
 * opinion first; the coordinator approves, rejects or sends the proposal back for revision.
 */
@Deployment(resources = { ModelTest.BPMN + "measure-review.bpmn", ModelTest.BPMN + "review-routing.dmn",
        ModelTest.BPMN + "expert-review.form", ModelTest.BPMN + "formal-review.form",
        ModelTest.BPMN + "revise-proposal.form" })
class MeasureReviewModelTest extends ModelTest {

    private static final String PROCESS = "measure-review";
    private static final String START = "StartEvent_Review";
    private static final String ROUTING = "Rule_ReviewRouting";
    private static final String GATEWAY_EXPERT = "Gateway_ExpertReviewRequired";
    private static final String TASK_EXPERT_REVIEW = ReviewProcess.TASK_EXPERT_REVIEW;
    private static final String TASK_FORMAL_REVIEW = ReviewProcess.TASK_FORMAL_REVIEW;
    private static final String GATEWAY_DECISION = "Gateway_ReviewDecision";
    private static final String TASK_REVISE = ReviewProcess.TASK_REVISE_PROPOSAL;
    private static final String END_APPROVED = "End_Approved";
    private static final String END_REJECTED = "End_Rejected";

    private static final Date DUE = new Date(1_800_000_000_000L);

    private ExecutionListener reviewStartListener;
    private TaskListener expertReviewListener;
    private TaskListener formalReviewListener;
    private TaskListener revisionListener;

    @BeforeEach
    void mocks() {
        reviewStartListener = executionListener("reviewStartListener");
        expertReviewListener = taskListener("expertReviewListener");
        formalReviewListener = taskListener("formalReviewListener");
        revisionListener = taskListener("revisionListener");
        taskListener("revisionFormListener");
        when(bean("dueDates", DueDates.class).review()).thenReturn(DUE);
    }

    private ProcessInstance review(String category, double estimatedCostEur) {
        // the routing reads the cost from the measure (the forms' read model), the category from the process
        when(bean("measureForms", MeasureForms.class).estimatedCostEur(1L)).thenReturn(estimatedCostEur);
        return runtimeService().startProcessInstanceByKey(PROCESS, "AKN-2026-001", withVariables(
                "measureId", 1L, "reference", "AKN-2026-001", "leadMember", "kaarst",
                "category", category));
    }

    @Test
    void aSmallMobilityMeasureGoesStraightToTheCoordinatorWhoApproves() throws Exception {
        // Given
        ProcessInstance review = review("MOBILITY", 10_000);

        // Then: the DMN asks for no expert opinion
        assertThat(review).isWaitingAt(TASK_FORMAL_REVIEW).variables().containsEntry("expertReviewRequired", false);
        assertThat(task(review)).hasCandidateGroup("coordinator").hasDueDate(DUE)
                .hasName("Vorschlag prüfen: AKN-2026-001");
        verify(reviewStartListener).notify(any());

        // When
        complete(task(review), withVariables("reviewDecision", "APPROVE"));

        // Then
        assertThat(review).hasPassedInOrder(START, ROUTING, GATEWAY_EXPERT, TASK_FORMAL_REVIEW, GATEWAY_DECISION,
                END_APPROVED).hasNotPassed(TASK_EXPERT_REVIEW, TASK_REVISE).isEnded();
        verify(formalReviewListener, times(2)).notify(any());
        verify(expertReviewListener, never()).notify(any());
    }

    @Test
    void anEnergyMeasureGetsAnExpertOpinionFirstAndIsRejected() throws Exception {
        // Given
        ProcessInstance review = review("ENERGY", 10_000);

        // Then
        assertThat(review).isWaitingAt(TASK_EXPERT_REVIEW).variables().containsEntry("expertReviewRequired", true);
        assertThat(task(review)).hasCandidateGroup("partner-energieagentur").hasDueDate(DUE)
                .hasName("Fachliche Stellungnahme: AKN-2026-001");

        // When
        complete(task(review), withVariables("expertOpinion", "tragfähig"));

        // Then
        assertThat(review).isWaitingAt(TASK_FORMAL_REVIEW);
        verify(expertReviewListener, times(2)).notify(any());

        // When
        complete(task(review), withVariables("reviewDecision", "REJECT"));

        // Then
        assertThat(review).hasPassedInOrder(START, ROUTING, TASK_EXPERT_REVIEW, TASK_FORMAL_REVIEW, END_REJECTED)
                .hasNotPassed(END_APPROVED, TASK_REVISE).isEnded();
    }

    @Test
    void anExpensiveMeasureOfAnyFieldGetsAnExpertOpinion() {
        // When: from 50,000 EUR
        ProcessInstance review = review("AWARENESS", 50_000);

        // Then
        assertThat(review).isWaitingAt(TASK_EXPERT_REVIEW).variables().containsEntry("expertReviewRequired", true);
    }

    @Test
    void sentBackTheLeadMemberRevisesAndTheCoordinatorReviewsAgain() throws Exception {
        // Given
        ProcessInstance review = review("OTHER", 1_000);

        // When
        complete(task(review), withVariables("reviewDecision", "REVISE"));

        // Then
        assertThat(review).isWaitingAt(TASK_REVISE);
        assertThat(task(review)).hasCandidateGroup("member-kaarst").hasDueDate(DUE)
                .hasName("Vorschlag überarbeiten: AKN-2026-001");

        // When
        complete(task(review), withVariables("summary", "überarbeitet"));

        // Then
        assertThat(review).isWaitingAt(TASK_FORMAL_REVIEW);
        verify(revisionListener).notify(any());

        // When
        complete(task(review), withVariables("reviewDecision", "APPROVE"));

        // Then
        assertThat(review).hasPassedInOrder(TASK_FORMAL_REVIEW, TASK_REVISE, TASK_FORMAL_REVIEW, END_APPROVED)
                .isEnded();
        verify(formalReviewListener, times(4)).notify(any());
    }
}
