package de.akn.workflow.process.model;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import de.akn.workflow.meeting.MeetingProcess;
import java.util.Date;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/** action-item.bpmn: one task for the member a meeting gave the action item, done when completed. */
class ActionItemModelTest extends ModelTest {

    private static final String PROCESS = "action-item";
    private static final String START = "StartEvent_Assigned";
    private static final String TASK_ACTION_ITEM = MeetingProcess.TASK_ACTION_ITEM;
    private static final String END = "End_Done";

    @Test
    @Deployment(resources = { BPMN + "action-item.bpmn", BPMN + "action-item.form" })
    void theMemberDoesTheActionItem() throws Exception {
        // Given
        TaskListener actionItemListener = taskListener("actionItemListener");
        Date due = new Date(1_800_000_000_000L);

        // When
        ProcessInstance item = runtimeService().startProcessInstanceByKey(PROCESS,
                withVariables("actionTitle", "Radverkehrskonzept abstimmen", "actionMember", "kaarst",
                        "actionDue", due));

        // Then
        assertThat(item).isWaitingAt(TASK_ACTION_ITEM);
        assertThat(task(item)).hasName("Arbeitsauftrag: Radverkehrskonzept abstimmen")
                .hasCandidateGroup("member-kaarst").hasDueDate(due);
        verify(actionItemListener, never()).notify(any());

        // When
        complete(task(item), withVariables("result", "erledigt"));

        // Then
        assertThat(item).hasPassedInOrder(START, TASK_ACTION_ITEM, END).isEnded();
        verify(actionItemListener).notify(any());
    }
}
