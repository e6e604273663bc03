package de.akn.workflow.process.model;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/** task-reminder-sweep.bpmn: daily, first the absent's tasks go to their deputies, then the reminders. */
class TaskReminderSweepModelTest extends ModelTest {

    private static final String PROCESS = "task-reminder-sweep";
    private static final String START = "StartEvent_Daily";
    private static final String HAND_OVER = "ServiceTask_HandOverTasks";
    private static final String SWEEP = "ServiceTask_SweepOverdueTasks";
    private static final String END = "End_Swept";

    @Test
    @Deployment(resources = BPMN + "task-reminder-sweep.bpmn")
    void handsOverThenReminds() throws Exception {
        // Given
        JavaDelegate absenceHandoverDelegate = delegate("absenceHandoverDelegate");
        JavaDelegate taskReminderSweepDelegate = delegate("taskReminderSweepDelegate");

        // When: the daily timer fires
        fireWhenDue(START);

        // Then
        ProcessInstance sweep = processInstanceQuery().processDefinitionKey(PROCESS).singleResult();
        assertThat(sweep).isWaitingAt(HAND_OVER);

        // When
        execute(job(sweep));

        // Then: each step in a transaction of its own
        assertThat(sweep).isWaitingAt(SWEEP);
        verify(absenceHandoverDelegate).execute(any());
        verify(taskReminderSweepDelegate, never()).execute(any());

        // When
        execute(job(sweep));

        // Then
        assertThat(sweep).hasPassedInOrder(START, HAND_OVER, SWEEP, END).isEnded();
        InOrder order = inOrder(absenceHandoverDelegate, taskReminderSweepDelegate);
        order.verify(absenceHandoverDelegate).execute(any());
        order.verify(taskReminderSweepDelegate).execute(any());
    }
}
