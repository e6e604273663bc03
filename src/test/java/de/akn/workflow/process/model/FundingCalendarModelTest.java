package de.akn.workflow.process.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/** funding-calendar.bpmn: every morning a job reminds of funding calls that close soon. */
class FundingCalendarModelTest extends ModelTest {

    private static final String PROCESS = "funding-calendar";
    private static final String START = "StartEvent_Daily";
    private static final String REMIND = "ServiceTask_RemindClosingCalls";
    private static final String END = "End_Reminded";

    @Test
    @Deployment(resources = BPMN + "funding-calendar.bpmn")
    void theDailyTimerRemindsOfClosingCalls() throws Exception {
        // Given: the deployment schedules the daily timer
        JavaDelegate fundingCallReminderDelegate = delegate("fundingCallReminderDelegate");
        Job daily = timer(START);
        assertThat(daily).isNotNull();

        // When
        fireWhenDue(START);

        // Then: the reminder runs as a job of its own, the next morning's timer is scheduled
        ProcessInstance run = processInstanceQuery().processDefinitionKey(PROCESS).singleResult();
        assertThat(run).isWaitingAt(REMIND);
        assertThat(timer(START).getDuedate()).isAfter(daily.getDuedate());
        verify(fundingCallReminderDelegate, never()).execute(any());

        // When
        execute(job(run));

        // Then
        assertThat(run).hasPassedInOrder(START, REMIND, END).isEnded();
        verify(fundingCallReminderDelegate).execute(any());
    }
}
