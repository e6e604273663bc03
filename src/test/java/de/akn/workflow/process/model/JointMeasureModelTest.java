package de.akn.workflow.process.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.akn.workflow.common.DueDates;
import de.akn.workflow.funding.FundingApplications;

/**
 * joint-measure.bpmn, the main process: review, co-signing, funding, production, implementation and
 * settlement are called processes, here stand-ins whose single task decides what they return.
 */
@Deployment(resources = { ModelTest.BPMN + "joint-measure.bpmn", ModelTest.BPMN + "joint-measure-start.form" })
class JointMeasureModelTest extends ModelTest {

    private static final String PROCESS = "joint-measure";
    private static final String START = "StartEvent_Proposed";
    private static final String CALL_REVIEW = "CallActivity_Review";
    private static final String GATEWAY_REVIEW = "Gateway_ReviewOutcome";
    private static final String END_REJECTED = "End_Rejected";
    private static final String CALL_COSIGNING = "CallActivity_Cosigning";
    private static final String GATEWAY_QUORUM = "Gateway_Quorum";
    private static final String ADOPTED = "ServiceTask_Adopted";
    private static final String GATEWAY_FUNDING = "Gateway_Funding";
    private static final String CALL_FUNDING = "CallActivity_Funding";
    private static final String GATEWAY_FUNDED = "Gateway_Funded";
    private static final String END_NOT_ADOPTED_AFTER_FUNDING = "End_NotAdoptedAfterFunding";
    private static final String GATEWAY_JOIN_FUNDING = "Gateway_JoinFunding";
    private static final String THROW_PUBLICATION = "Throw_PublicationRequested";
    private static final String GATEWAY_PRODUCTION = "Gateway_Production";
    private static final String CALL_PRODUCTION = "CallActivity_Production";
    private static final String GATEWAY_JOIN_IMPLEMENTATION = "Gateway_JoinImplementation";
    private static final String CALL_IMPLEMENTATION = "CallActivity_Implementation";
    private static final String CALL_SETTLEMENT = "CallActivity_Settlement";
    private static final String NOT_ADOPTED = "ServiceTask_NotAdopted";
    private static final String END_COMPLETED = "End_Completed";
    private static final String END_NOT_ADOPTED = "End_NotAdopted";

    private static final String REVIEW = "measure-review";
    private static final String COSIGNING = "measure-cosigning";
    private static final String FUNDING = "measure-funding";
    private static final String PRODUCTION = "measure-production";
    private static final String IMPLEMENTATION = "measure-implementation";
    private static final String SETTLEMENT = "measure-settlement";

    private static final Date REPORTING_START = new Date(1_790_000_000_000L);
    private static final Date FIRST_REPORT = new Date(1_800_000_000_000L);

    private FundingApplications fundingApplications;
    private ExecutionListener proposalStartListener;
    private JavaDelegate measureAdoptedDelegate;
    private JavaDelegate measureNotAdoptedDelegate;
    private JavaDelegate publicationRequestedDelegate;

    @BeforeEach
    void mocksAndCalledProcesses() {
        fundingApplications = bean("fundingApplications", FundingApplications.class);
        DueDates dueDates = bean("dueDates", DueDates.class);
        when(dueDates.reportingStart()).thenReturn(REPORTING_START);
        when(dueDates.firstReport()).thenReturn(FIRST_REPORT);
        proposalStartListener = executionListener("proposalStartListener");
        measureAdoptedDelegate = delegate("measureAdoptedDelegate");
        measureNotAdoptedDelegate = delegate("measureNotAdoptedDelegate");
        publicationRequestedDelegate = delegate("publicationRequestedDelegate");
        for (String called : new String[] { REVIEW, COSIGNING, FUNDING, PRODUCTION, IMPLEMENTATION, SETTLEMENT }) {
            deployStub(called);
        }
    }

    private ProcessInstance propose(String category) {
        ProcessInstance measure = runtimeService().startProcessInstanceByKey(PROCESS, "AKN-2026-001", withVariables(
                "measureId", 1L, "reference", "AKN-2026-001", "leadMember", "kaarst", "category", category));
        assertThat(measure).isWaitingAt(CALL_REVIEW);
        return measure;
    }

    /** Completes the called process' task; the test asserts the called instance got the business key. */
    private void calledProcessEnds(ProcessInstance measure, String called, Object... variables) {
        Task task = calledTask(measure, called);
        ProcessInstance calledInstance = runtimeService().createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        assertThat(calledInstance.getBusinessKey()).isEqualTo("AKN-2026-001");
        complete(task, withVariables("done", true, variables));
    }

    /** What a called process gets: the measure's ids and list columns, not its display values (ADR 0015). */
    private static final String[] IDS = {"measureId", "reference", "title", "proposer", "leadMember", "leadMemberName"};

    private static String[] ids(String... more) {
        return Stream.concat(Stream.of(IDS), Stream.of(more)).toArray(String[]::new);
    }

    private Map<String, Object> calledVariables(ProcessInstance measure, String called) {
        return runtimeService().getVariables(calledTask(measure, called).getProcessInstanceId());
    }

    @Test
    void theCalledProcessesGetTheMeasuresIdsAndTheReviewGivesBackTitleAndCategory() throws Exception {
        // Given a measure whose instance still holds a display value (as instances did before)
        when(fundingApplications.hasPlanned(1L)).thenReturn(false);
        ProcessInstance measure = runtimeService().startProcessInstanceByKey(PROCESS, "AKN-2026-001", withVariables(
                "measureId", 1L, "reference", "AKN-2026-001", "title", "Klimawoche", "proposer", "km-kaarst",
                "leadMember", "kaarst", "leadMemberName", "Stadt Kaarst", "category", "MOBILITY",
                "estimatedCostText", "12.000,00 €"));

        // Then the review gets the ids and the category, and gives back the revised title and category
        assertThat(calledVariables(measure, REVIEW)).containsOnlyKeys(ids("category"));
        calledProcessEnds(measure, REVIEW, "reviewDecision", "APPROVE", "title", "Klimawoche 2027",
                "category", "EVENT", "summary", "revised");
        assertThat(measure).variables().containsEntry("title", "Klimawoche 2027").containsEntry("category", "EVENT")
                .doesNotContainKey("summary");

        // and the co-signing and the implementation get the ids only
        assertThat(calledVariables(measure, COSIGNING)).containsOnlyKeys(IDS).containsEntry("title", "Klimawoche 2027");
        calledProcessEnds(measure, COSIGNING, "quorumReached", true);
        calledProcessEnds(measure, PRODUCTION);
        assertThat(calledVariables(measure, IMPLEMENTATION))
                .containsOnlyKeys(ids("reportingStart", "reportDue", "reportNumber"));
    }

    @Test
    void aRejectedProposalEnds() throws Exception {
        // Given
        ProcessInstance measure = propose("MOBILITY");
        verify(proposalStartListener).notify(any());

        // When
        calledProcessEnds(measure, REVIEW, "reviewDecision", "REJECT");

        // Then
        assertThat(measure).hasPassedInOrder(START, CALL_REVIEW, GATEWAY_REVIEW, END_REJECTED)
                .hasNotPassed(CALL_COSIGNING).isEnded();
    }

    @Test
    void withoutTheQuorumTheMeasureIsNotAdopted() throws Exception {
        // Given
        ProcessInstance measure = propose("MOBILITY");
        calledProcessEnds(measure, REVIEW, "reviewDecision", "APPROVE");
        assertThat(measure).isWaitingAt(CALL_COSIGNING);

        // When
        calledProcessEnds(measure, COSIGNING, "quorumReached", false);

        // Then
        assertThat(measure).hasPassedInOrder(CALL_REVIEW, CALL_COSIGNING, GATEWAY_QUORUM, NOT_ADOPTED, END_NOT_ADOPTED)
                .hasNotPassed(ADOPTED).isEnded();
        verify(measureNotAdoptedDelegate).execute(any());
        verify(measureAdoptedDelegate, never()).execute(any());
    }

    @Test
    void adoptedWithoutFundingAndProductionTheMeasureIsImplementedAndSettled() throws Exception {
        // Given
        when(fundingApplications.hasPlanned(1L)).thenReturn(false);
        ProcessInstance measure = propose("MOBILITY");
        calledProcessEnds(measure, REVIEW, "reviewDecision", "APPROVE");

        // When
        calledProcessEnds(measure, COSIGNING, "quorumReached", true);

        // Then: published, and straight to the implementation with the first report's dates
        assertThat(measure).isWaitingAt(CALL_IMPLEMENTATION);
        ProcessInstance implementation = runtimeService().createProcessInstanceQuery()
                .superProcessInstanceId(measure.getId()).singleResult();
        assertThat(implementation).variables().containsEntry("reportingStart", REPORTING_START)
                .containsEntry("reportDue", FIRST_REPORT).containsEntry("reportNumber", 1L);
        verify(measureAdoptedDelegate).execute(any());
        verify(publicationRequestedDelegate).execute(any());

        // When
        calledProcessEnds(measure, IMPLEMENTATION);
        calledProcessEnds(measure, SETTLEMENT);

        // Then
        assertThat(measure).hasPassedInOrder(START, CALL_REVIEW, GATEWAY_REVIEW, CALL_COSIGNING, GATEWAY_QUORUM,
                ADOPTED,                 GATEWAY_FUNDING, GATEWAY_JOIN_FUNDING, THROW_PUBLICATION, GATEWAY_PRODUCTION,
                GATEWAY_JOIN_IMPLEMENTATION, CALL_IMPLEMENTATION, CALL_SETTLEMENT, END_COMPLETED)
                .hasNotPassed(CALL_FUNDING, CALL_PRODUCTION, NOT_ADOPTED).isEnded();
    }

    @Test
    void anEventWithFundingIsFundedProducedImplementedAndSettled() throws Exception {
        // Given
        when(fundingApplications.hasPlanned(1L)).thenReturn(true);
        ProcessInstance measure = propose("EVENT");
        calledProcessEnds(measure, REVIEW, "reviewDecision", "APPROVE");
        calledProcessEnds(measure, COSIGNING, "quorumReached", true);

        // Then
        assertThat(measure).isWaitingAt(CALL_FUNDING);

        // When: the quorum holds after the funding decisions
        calledProcessEnds(measure, FUNDING, "quorumReached", true);

        // Then: an event is produced first
        assertThat(measure).isWaitingAt(CALL_PRODUCTION);

        // When
        calledProcessEnds(measure, PRODUCTION);
        calledProcessEnds(measure, IMPLEMENTATION);
        calledProcessEnds(measure, SETTLEMENT);

        // Then
        assertThat(measure).hasPassedInOrder(ADOPTED, GATEWAY_FUNDING, CALL_FUNDING, GATEWAY_FUNDED,
                GATEWAY_JOIN_FUNDING, THROW_PUBLICATION, GATEWAY_PRODUCTION, CALL_PRODUCTION,
                GATEWAY_JOIN_IMPLEMENTATION, CALL_IMPLEMENTATION, CALL_SETTLEMENT, END_COMPLETED).isEnded();
        verify(publicationRequestedDelegate).execute(any());
    }

    @Test
    void aPublicationLosingItsQuorumAfterFundingIsNotAdopted() throws Exception {
        // Given
        when(fundingApplications.hasPlanned(1L)).thenReturn(true);
        ProcessInstance measure = propose("PUBLICATION");
        calledProcessEnds(measure, REVIEW, "reviewDecision", "APPROVE");
        calledProcessEnds(measure, COSIGNING, "quorumReached", true);

        // When: the funding process finds the quorum lost (its own delegate informed the towns)
        calledProcessEnds(measure, FUNDING, "quorumReached", false);

        // Then
        assertThat(measure).hasPassedInOrder(ADOPTED, CALL_FUNDING, GATEWAY_FUNDED, END_NOT_ADOPTED_AFTER_FUNDING)
                .hasNotPassed(THROW_PUBLICATION, CALL_PRODUCTION, NOT_ADOPTED).isEnded();
        verify(publicationRequestedDelegate, never()).execute(any());
        verify(measureNotAdoptedDelegate, never()).execute(any());
    }
}
