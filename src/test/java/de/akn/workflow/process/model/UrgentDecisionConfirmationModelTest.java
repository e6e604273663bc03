package de.akn.workflow.process.model;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import de.akn.workflow.cosigning.CosigningProcess;
import java.util.Date;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

import de.akn.workflow.cosigning.process.CosigningTimers;

/** urgent-decision-confirmation.bpmn: the town records whether its council confirmed the urgent decision. */
class UrgentDecisionConfirmationModelTest extends ModelTest {

    private static final String PROCESS = "urgent-decision-confirmation";
    private static final String START = "StartEvent_Urgent";
    private static final String TASK_CONFIRM = CosigningProcess.TASK_CONFIRM_URGENT_DECISION;
    private static final String END = "End_UrgentDecided";

    @Test
    @Deployment(resources = { BPMN + "urgent-decision-confirmation.bpmn", BPMN + "confirm-urgent-decision.form" })
    void theTownRecordsTheCouncilsConfirmation() throws Exception {
        // Given
        TaskListener urgentDecisionListener = taskListener("urgentDecisionListener");
        Date dayAfter = new Date(1_800_000_000_000L);
        CosigningTimers cosigningTimers = bean("cosigningTimers", CosigningTimers.class);
        when(cosigningTimers.dayAfter("2026-12-10")).thenReturn(dayAfter);

        // When
        ProcessInstance confirmation = runtimeService().startProcessInstanceByKey(PROCESS, "AKN-2026-001",
                withVariables("reference", "AKN-2026-001", "member", "kaarst", "councilMeetingDate", "2026-12-10"));

        // Then
        assertThat(confirmation).isWaitingAt(TASK_CONFIRM);
        assertThat(task(confirmation)).hasCandidateGroup("member-kaarst").hasDueDate(dayAfter)
                .hasName("Genehmigung der Dringlichkeitsentscheidung eintragen: AKN-2026-001");
        verify(urgentDecisionListener).notify(any());

        // When
        complete(task(confirmation), withVariables("urgentDecisionConfirmed", true));

        // Then
        assertThat(confirmation).hasPassedInOrder(START, TASK_CONFIRM, END).isEnded();
        verify(urgentDecisionListener, times(2)).notify(any());
    }
}
