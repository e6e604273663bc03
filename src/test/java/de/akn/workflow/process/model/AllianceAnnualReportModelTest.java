package de.akn.workflow.process.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/** alliance-annual-report.bpmn: on 15 January or on request, build the report, then announce it. */
@Deployment(resources = { ModelTest.BPMN + "alliance-annual-report.bpmn", ModelTest.BPMN + "annual-report-start.form" })
class AllianceAnnualReportModelTest extends ModelTest {

    private static final String PROCESS = "alliance-annual-report";
    private static final String START = "StartEvent_Yearly";
    private static final String BUILD = "ServiceTask_BuildReport";
    private static final String ANNOUNCE = "ServiceTask_AnnounceReport";
    private static final String END = "End_ReportPublished";

    private ExecutionListener annualReportStartListener;
    private JavaDelegate buildAnnualReportDelegate;
    private JavaDelegate announceAnnualReportDelegate;

    @BeforeEach
    void mocks() {
        annualReportStartListener = executionListener("annualReportStartListener");
        buildAnnualReportDelegate = delegate("buildAnnualReportDelegate");
        announceAnnualReportDelegate = delegate("announceAnnualReportDelegate");
    }

    @Test
    void onRequestTheCoordinatorsYearIsReported() throws Exception {
        // When: the coordinator starts it in Tasklist with the year
        ProcessInstance report = runtimeService().startProcessInstanceByKey(PROCESS,
                withVariables("reportYear", 2025L));

        // Then
        assertThat(report).isWaitingAt(BUILD);
        verify(annualReportStartListener).notify(any());

        // When
        execute(job(report));
        execute(job(report));

        // Then
        assertThat(report).hasPassedInOrder(START, BUILD, ANNOUNCE, END).isEnded();
        InOrder order = inOrder(buildAnnualReportDelegate, announceAnnualReportDelegate);
        order.verify(buildAnnualReportDelegate).execute(any());
        order.verify(announceAnnualReportDelegate).execute(any());
    }

    @Test
    void everyFifteenthOfJanuaryThePreviousYearIsReported() throws Exception {
        // Given: the deployment schedules the yearly timer
        Job yearly = timer(START);
        assertThat(yearly).isNotNull();

        // When
        fireWhenDue(START);

        // Then: a run without reportYear, and next year's timer
        ProcessInstance report = processInstanceQuery().processDefinitionKey(PROCESS).singleResult();
        assertThat(report).isWaitingAt(BUILD).variables().doesNotContainKey("reportYear");
        assertThat(timer(START).getDuedate()).isAfter(yearly.getDuedate());
        verify(annualReportStartListener).notify(any());

        // When
        execute(job(report));
        execute(job(report));

        // Then
        assertThat(report).hasPassedInOrder(START, BUILD, ANNOUNCE, END).isEnded();
        verify(announceAnnualReportDelegate).execute(any());
    }

    @Test
    void aFailedBuildIsRetriedLater() throws Exception {
        // Given
        doThrow(new IllegalStateException("PDF")).when(buildAnnualReportDelegate).execute(any());
        ProcessInstance report = runtimeService().startProcessInstanceByKey(PROCESS,
                withVariables("reportYear", 2025L));

        // When
        assertThatThrownBy(() -> execute(job(report))).hasMessageContaining("PDF");

        // Then: R3/PT5M – two retries left, the instance still before the build, nothing announced
        assertThat(job(report).getRetries()).isEqualTo(2);
        assertThat(report).isWaitingAt(BUILD);
        verify(announceAnnualReportDelegate, never()).execute(any());
    }
}
