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

import java.util.Date;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

import de.akn.workflow.common.DueDates;
import de.akn.workflow.publicsite.PublicationProcess;

/** measure-publication.bpmn: started by a message, the coordinator releases (or holds back) the measure. */
class MeasurePublicationModelTest extends ModelTest {

    private static final String MESSAGE = "measurePublicationRequested";
    private static final String START = "StartEvent_PublicationRequested";
    private static final String TASK_RELEASE = PublicationProcess.TASK_RELEASE;
    private static final String END = "End_Decided";

    @Test
    @Deployment(resources = { BPMN + "measure-publication.bpmn", BPMN + "release-for-publication.form" })
    void theMessageAsksTheCoordinatorToRelease() throws Exception {
        // Given
        TaskListener releaseListener = taskListener("releaseListener");
        Date due = new Date(1_800_000_000_000L);
        when(bean("dueDates", DueDates.class).review()).thenReturn(due);

        // When
        ProcessInstance publication = runtimeService().createMessageCorrelation(MESSAGE)
                .processInstanceBusinessKey("AKN-2026-001")
                .setVariable("measureId", 1L).setVariable("reference", "AKN-2026-001")
                .correlateStartMessage();

        // Then
        assertThat(publication).isStarted().hasBusinessKey("AKN-2026-001").isWaitingAt(TASK_RELEASE);
        assertThat(task(publication)).hasName("Veröffentlichung freigeben: AKN-2026-001")
                .hasCandidateGroup("coordinator").hasDueDate(due);
        verify(releaseListener).notify(any());

        // When
        complete(task(publication), withVariables("publish", true));

        // Then
        assertThat(publication).hasPassedInOrder(START, TASK_RELEASE, END).isEnded();
        verify(releaseListener, times(2)).notify(any());
    }
}
