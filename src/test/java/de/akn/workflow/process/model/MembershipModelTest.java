package de.akn.workflow.process.model;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import de.akn.workflow.membership.MembershipProcess;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** membership.bpmn: the coordinator records the council's decision; approved, the membership changes. */
@Deployment(resources = { ModelTest.BPMN + "membership.bpmn", ModelTest.BPMN + "membership-start.form",
        ModelTest.BPMN + "record-accession-decision.form" })
class MembershipModelTest extends ModelTest {

    private static final String PROCESS = "membership";
    private static final String START = "StartEvent_Requested";
    private static final String TASK_RECORD_DECISION = MembershipProcess.TASK_RECORD_ACCESSION_DECISION;
    private static final String GATEWAY_APPROVED = "Gateway_Approved";
    private static final String APPLY_MEMBERSHIP = "ServiceTask_ApplyMembership";
    private static final String END_APPLIED = "End_Applied";
    private static final String END_REJECTED = "End_Rejected";

    private ExecutionListener membershipStartListener;
    private TaskListener accessionDecisionListener;
    private JavaDelegate applyMembershipDelegate;

    @BeforeEach
    void mocks() {
        membershipStartListener = executionListener("membershipStartListener");
        accessionDecisionListener = taskListener("accessionDecisionListener");
        applyMembershipDelegate = delegate("applyMembershipDelegate");
    }

    private ProcessInstance requestAccession() {
        return runtimeService().startProcessInstanceByKey(PROCESS,
                withVariables("memberId", "neuss", "action", "JOIN", "requestLabel", "Beitritt Neuss"));
    }

    @Test
    void approvedTheMembershipChanges() throws Exception {
        // Given
        ProcessInstance membership = requestAccession();
        assertThat(membership).isWaitingAt(TASK_RECORD_DECISION);
        assertThat(task(membership)).hasCandidateGroup("coordinator")
                .hasName("Ratsbeschluss eintragen: Beitritt Neuss");
        verify(membershipStartListener).notify(any());

        // When
        complete(task(membership), withVariables("accessionDecision", "APPROVE"));

        // Then: the change waits for its own transaction
        assertThat(membership).isWaitingAt(APPLY_MEMBERSHIP);
        verify(applyMembershipDelegate, never()).execute(any());

        // When
        execute(job());

        // Then
        assertThat(membership).hasPassedInOrder(START, TASK_RECORD_DECISION, GATEWAY_APPROVED, APPLY_MEMBERSHIP,
                END_APPLIED).hasNotPassed(END_REJECTED).isEnded();
        verify(accessionDecisionListener).notify(any());
        verify(applyMembershipDelegate).execute(any());
    }

    @Test
    void rejectedNothingChanges() throws Exception {
        // Given
        ProcessInstance membership = requestAccession();

        // When
        complete(task(membership), withVariables("accessionDecision", "REJECT"));

        // Then
        assertThat(membership).hasPassedInOrder(START, TASK_RECORD_DECISION, GATEWAY_APPROVED, END_REJECTED)
                .hasNotPassed(APPLY_MEMBERSHIP).isEnded();
        verify(accessionDecisionListener).notify(any());
        verify(applyMembershipDelegate, never()).execute(any());
    }
}
