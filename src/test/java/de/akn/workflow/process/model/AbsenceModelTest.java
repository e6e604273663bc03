package de.akn.workflow.process.model;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/** absence.bpmn: the start listener records the absence, the process ends at once. */
class AbsenceModelTest extends ModelTest {

    private static final String PROCESS = "absence";
    private static final String START = "StartEvent_AbsenceEntered";
    private static final String END = "End_AbsenceRecorded";

    @Test
    @Deployment(resources = { BPMN + "absence.bpmn", BPMN + "absence-start.form" })
    void recordsTheAbsenceAndEnds() throws Exception {
        // Given
        ExecutionListener absenceStartListener = executionListener("absenceStartListener");

        // When
        ProcessInstance absence = runtimeService().startProcessInstanceByKey(PROCESS,
                withVariables("deputy", "deputy-kaarst", "from", "2026-12-01", "until", "2026-12-24"));

        // Then
        assertThat(absence).hasPassedInOrder(START, END).isEnded();
        verify(absenceStartListener).notify(any());
    }
}
