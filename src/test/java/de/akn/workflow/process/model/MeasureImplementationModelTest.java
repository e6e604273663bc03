package de.akn.workflow.process.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.akn.workflow.common.DueDates;
import de.akn.workflow.implementation.ImplementationProcess;
import de.akn.workflow.implementation.ImplementationService;

/**
 * measure-implementation.bpmn: every implementing town reports progress until its final report, which the
 * coordinator accepts or returns for changes; when all are accepted the measure is completed.
 */
@Deployment(resources = { ModelTest.BPMN + "measure-implementation.bpmn", ModelTest.BPMN + "progress-report.form",
        ModelTest.BPMN + "accept-final-report.form" })
class MeasureImplementationModelTest extends ModelTest {

    private static final String PROCESS = "measure-implementation";
    private static final String START = "StartEvent_Implementation";
    private static final String SUBPROCESS_REPORTING = "SubProcess_Reporting";
    private static final String TASK_PROGRESS_REPORT = ImplementationProcess.TASK_PROGRESS_REPORT;
    private static final String GATEWAY_FINAL = "Gateway_FinalReport";
    private static final String TASK_ACCEPT_FINAL = ImplementationProcess.TASK_ACCEPT_FINAL_REPORT;
    private static final String GATEWAY_ACCEPTED = "Gateway_Accepted";
    private static final String END_ACCEPTED = "End_ReportAccepted";
    private static final String COMPLETED = "ServiceTask_Completed";
    private static final String END_COMPLETED = "End_Completed";

    private static final Date REVIEW_DUE = new Date(1_800_000_000_000L);
    private static final Date REPORT_DUE = new Date(1_790_000_000_000L);

    private ImplementationService implementationService;
    private ExecutionListener reportingScopeListener;
    private TaskListener progressReportListener;
    private TaskListener acceptFinalReportListener;
    private JavaDelegate measureCompletedDelegate;

    @BeforeEach
    void mocks() {
        implementationService = bean("implementationService", ImplementationService.class);
        when(implementationService.reporters(1L)).thenReturn(List.of("kaarst"));
        when(bean("dueDates", DueDates.class).review()).thenReturn(REVIEW_DUE);
        // the real listener sets the town's name and first report in the town's instance
        reportingScopeListener = executionListener("reportingScopeListener", execution -> {
            execution.setVariableLocal("memberName", "Stadt Kaarst");
            execution.setVariableLocal("reportDue", REPORT_DUE);
            execution.setVariableLocal("reportNumber", 1);
        });
        progressReportListener = taskListener("progressReportListener");
        acceptFinalReportListener = taskListener("acceptFinalReportListener");
        measureCompletedDelegate = delegate("measureCompletedDelegate");
    }

    private ProcessInstance startImplementation() {
        return runtimeService().startProcessInstanceByKey(PROCESS, "AKN-2026-001",
                withVariables("measureId", 1L, "reference", "AKN-2026-001"));
    }

    @Test
    void progressReportsUntilTheAcceptedFinalReportCompleteTheMeasure() throws Exception {
        // Given
        ProcessInstance implementation = startImplementation();
        assertThat(implementation).isWaitingAt(TASK_PROGRESS_REPORT);
        assertThat(task(implementation)).hasCandidateGroup("member-kaarst").hasDueDate(REPORT_DUE)
                .hasName("Fortschrittsbericht 1: AKN-2026-001");

        // When: a progress report, not the final one
        complete(task(implementation), withVariables("finalReport", false, "reportNumber", 2));

        // Then: the next report
        assertThat(implementation).isWaitingAt(TASK_PROGRESS_REPORT);
        assertThat(task(implementation)).hasName("Fortschrittsbericht 2: AKN-2026-001");

        // When: the final report
        complete(task(implementation), withVariables("finalReport", true));

        // Then
        assertThat(implementation).isWaitingAt(TASK_ACCEPT_FINAL);
        assertThat(task(implementation)).hasCandidateGroup("coordinator").hasDueDate(REVIEW_DUE)
                .hasName("Abschlussbericht abnehmen: AKN-2026-001 – Stadt Kaarst");

        // When
        complete(task(implementation), withVariables("acceptDecision", "ACCEPT"));
        executeDueJobs();

        // Then
        assertThat(implementation).hasPassedInOrder(START, TASK_PROGRESS_REPORT, GATEWAY_FINAL, TASK_PROGRESS_REPORT,
                GATEWAY_FINAL, TASK_ACCEPT_FINAL, GATEWAY_ACCEPTED, END_ACCEPTED, COMPLETED, END_COMPLETED)
                .hasPassed(SUBPROCESS_REPORTING).isEnded();
        verify(progressReportListener, times(4)).notify(any());
        verify(acceptFinalReportListener, times(2)).notify(any());
        verify(measureCompletedDelegate).execute(any());
    }

    @Test
    void aReturnedFinalReportIsReportedAgain() throws Exception {
        // Given
        ProcessInstance implementation = startImplementation();
        complete(task(implementation), withVariables("finalReport", true));

        // When
        complete(task(implementation), withVariables("acceptDecision", "REQUEST_CHANGES"));

        // Then
        assertThat(implementation).isWaitingAt(TASK_PROGRESS_REPORT);

        // When
        complete(task(implementation), withVariables("finalReport", true));
        complete(task(implementation), withVariables("acceptDecision", "ACCEPT"));
        executeDueJobs();

        // Then
        assertThat(implementation).hasPassedInOrder(TASK_PROGRESS_REPORT, TASK_ACCEPT_FINAL, GATEWAY_ACCEPTED,
                TASK_PROGRESS_REPORT, TASK_ACCEPT_FINAL, GATEWAY_ACCEPTED, END_ACCEPTED, END_COMPLETED).isEnded();
    }

    @Test
    void theMeasureIsCompletedOnlyWhenEveryTownsFinalReportIsAccepted() throws Exception {
        // Given: two implementing towns
        when(implementationService.reporters(1L)).thenReturn(List.of("kaarst", "dormagen"));
        ProcessInstance implementation = startImplementation();
        assertThat(taskQuery().taskDefinitionKey(TASK_PROGRESS_REPORT).count()).isEqualTo(2);

        // When: Kaarst's final report is accepted
        complete(taskOf(implementation, TASK_PROGRESS_REPORT, "member-kaarst"), withVariables("finalReport", true));
        complete(task(TASK_ACCEPT_FINAL, implementation), withVariables("acceptDecision", "ACCEPT"));
        executeDueJobs();

        // Then: Dormagen still reports
        assertThat(implementation).isWaitingAt(TASK_PROGRESS_REPORT);
        verify(measureCompletedDelegate, never()).execute(any());

        // When
        complete(task(implementation), withVariables("finalReport", true));
        complete(task(implementation), withVariables("acceptDecision", "ACCEPT"));
        executeDueJobs();

        // Then
        assertThat(implementation).hasPassed(COMPLETED, END_COMPLETED).isEnded();
        verify(measureCompletedDelegate).execute(any());
    }
}
