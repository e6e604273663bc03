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

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.akn.workflow.funding.FundingApplications;
import de.akn.workflow.funding.MeasureFundingProcess;
import de.akn.workflow.funding.process.FundingTimers;

/**
 * measure-funding.bpmn: one application per planned funding programme (reminded 30, 7 and 1 day before its
 * deadline), then the decision; the shares are computed anew, over a ceiling confirmed in share-confirmation
 * (a stand-in here), and without the quorum the measure is no longer adopted.
 */
@Deployment(resources = { ModelTest.BPMN + "measure-funding.bpmn", ModelTest.BPMN + "submit-funding-application.form",
        ModelTest.BPMN + "record-funding-decision.form" })
class MeasureFundingModelTest extends ModelTest {

    private static final String PROCESS = "measure-funding";
    private static final String START = "StartEvent_Funding";
    private static final String SUBPROCESS_FUNDING = "SubProcess_Funding";
    private static final String TASK_SUBMIT = MeasureFundingProcess.TASK_SUBMIT_APPLICATION;
    private static final String TIMER_REMINDER_30 = "Timer_Reminder30";
    private static final String TIMER_REMINDER_7 = "Timer_Reminder7";
    private static final String TIMER_REMINDER_1 = "Timer_Reminder1";
    private static final String REMINDER = "ServiceTask_ApplicationReminder";
    private static final String TASK_RECORD_DECISION = MeasureFundingProcess.TASK_RECORD_DECISION;
    private static final String END_PROGRAMME_DECIDED = "End_ProgrammeDecided";
    private static final String CONCLUDE = "ServiceTask_ConcludeFunding";
    private static final String GATEWAY_OVER_CEILING = "Gateway_OverCeiling";
    private static final String CALL_CONFIRM_SHARES = "CallActivity_ConfirmShares";
    private static final String GATEWAY_QUORUM = "Gateway_Quorum";
    private static final String NOT_ADOPTED = "ServiceTask_NotAdopted";
    private static final String END_FUNDED = "End_Funded";
    private static final String END_NOT_ADOPTED = "End_NotAdopted";

    private final Date fundingDeadline = Date.from(Instant.now().plus(Duration.ofDays(60)));

    private FundingApplications fundingApplications;
    private ExecutionListener fundingScopeListener;
    private TaskListener fundingApplicationListener;
    private TaskListener fundingDecisionListener;
    private JavaDelegate fundingApplicationReminderDelegate;
    private JavaDelegate fundingConcludedDelegate;
    private JavaDelegate fundingNotAdoptedDelegate;

    private boolean quorumReached = true;
    private boolean shareConfirmationNeeded = false;

    @BeforeEach
    void mocks() {
        fundingApplications = bean("fundingApplications", FundingApplications.class);
        when(fundingApplications.planned(1L)).thenReturn(List.of(11L));
        FundingTimers timers = bean("fundingTimers", FundingTimers.class);
        when(timers.before(fundingDeadline, "P30D")).thenReturn(daysBeforeDeadline(30));
        when(timers.before(fundingDeadline, "P7D")).thenReturn(daysBeforeDeadline(7));
        when(timers.before(fundingDeadline, "P1D")).thenReturn(daysBeforeDeadline(1));
        // the real listener reads the programme's deadline into the instance of the programme
        fundingScopeListener = executionListener("fundingScopeListener",
                execution -> execution.setVariableLocal("fundingDeadline", fundingDeadline));
        fundingApplicationListener = taskListener("fundingApplicationListener");
        fundingDecisionListener = taskListener("fundingDecisionListener");
        fundingApplicationReminderDelegate = delegate("fundingApplicationReminderDelegate");
        fundingConcludedDelegate = delegate("fundingConcludedDelegate", execution -> {
            execution.setVariable("quorumReached", quorumReached);
            execution.setVariable("shareConfirmationNeeded", shareConfirmationNeeded);
        });
        fundingNotAdoptedDelegate = delegate("fundingNotAdoptedDelegate");
    }

    private Date daysBeforeDeadline(int days) {
        return Date.from(fundingDeadline.toInstant().minus(Duration.ofDays(days)));
    }

    private ProcessInstance startFunding() {
        return runtimeService().startProcessInstanceByKey(PROCESS, "AKN-2026-001", withVariables("measureId", 1L,
                "reference", "AKN-2026-001", "leadMember", "kaarst", "quorumReached", true));
    }

    private void applyAndRecordDecision(ProcessInstance funding, Task application) {
        complete(application, withVariables("applied", true));
        Task decision = taskQuery().processInstanceId(funding.getId()).taskDefinitionKey(TASK_RECORD_DECISION)
                .list().get(0);
        assertThat(decision).hasCandidateGroup("member-kaarst").hasName("Förderbescheid eintragen: AKN-2026-001");
        complete(decision, withVariables("fundingGranted", true));
        executeDueJobs();
    }

    @Test
    void everyPlannedProgrammeIsAppliedForAndDecided() throws Exception {
        // Given: two programmes
        when(fundingApplications.planned(1L)).thenReturn(List.of(11L, 12L));
        ProcessInstance funding = startFunding();
        List<Task> applications = taskQuery().taskDefinitionKey(TASK_SUBMIT).list();
        assertThat(applications).hasSize(2);
        assertThat(applications.get(0)).hasCandidateGroup("member-kaarst").hasDueDate(fundingDeadline)
                .hasName("Förderantrag stellen: AKN-2026-001");
        verify(fundingScopeListener, times(2)).notify(any());

        // When: one programme decided
        applyAndRecordDecision(funding, applications.get(0));

        // Then
        assertThat(funding).isWaitingAt(TASK_SUBMIT);
        verify(fundingConcludedDelegate, never()).execute(any());

        // When: the other one
        applyAndRecordDecision(funding, applications.get(1));

        // Then
        assertThat(funding).hasPassedInOrder(START, TASK_SUBMIT, TASK_RECORD_DECISION, END_PROGRAMME_DECIDED, CONCLUDE,
                GATEWAY_OVER_CEILING, GATEWAY_QUORUM, END_FUNDED)
                .hasPassed(SUBPROCESS_FUNDING)
                .hasNotPassed(CALL_CONFIRM_SHARES, NOT_ADOPTED).isEnded();
        verify(fundingApplicationListener, times(4)).notify(any());
        verify(fundingDecisionListener, times(4)).notify(any());
        verify(fundingConcludedDelegate).execute(any());
    }

    @Test
    void theLeadMemberIsReminded30And7And1DayBeforeTheDeadline() throws Exception {
        // Given
        ProcessInstance funding = startFunding();
        assertThat(timer(TIMER_REMINDER_30).getDuedate())
                .isEqualTo(daysBeforeDeadline(30));

        // When
        fire(TIMER_REMINDER_30);
        fire(TIMER_REMINDER_7);
        fire(TIMER_REMINDER_1);

        // Then: three reminders, the application still open
        assertThat(funding).isWaitingAt(TASK_SUBMIT).hasPassed(REMINDER);
        verify(fundingApplicationReminderDelegate, times(3)).execute(any());
    }

    @Test
    void sharesOverACeilingAreConfirmedAndTheQuorumIsLost() throws Exception {
        // Given
        deployStub("share-confirmation");
        shareConfirmationNeeded = true;
        ProcessInstance funding = startFunding();

        // When
        applyAndRecordDecision(funding, task(funding));

        // Then
        assertThat(funding).isWaitingAt(CALL_CONFIRM_SHARES);

        // When: a town does not confirm its higher share
        complete(calledTask(funding, "share-confirmation"), withVariables("quorumReached", false));

        // Then
        assertThat(funding).hasPassedInOrder(CONCLUDE, GATEWAY_OVER_CEILING, CALL_CONFIRM_SHARES, GATEWAY_QUORUM,
                NOT_ADOPTED, END_NOT_ADOPTED).hasNotPassed(END_FUNDED).isEnded();
        verify(fundingNotAdoptedDelegate).execute(any());
    }

    @Test
    void withoutTheQuorumAfterTheNewSharesTheMeasureIsNotAdopted() throws Exception {
        // Given
        quorumReached = false;
        ProcessInstance funding = startFunding();

        // When
        applyAndRecordDecision(funding, task(funding));

        // Then
        assertThat(funding).hasPassedInOrder(CONCLUDE, GATEWAY_OVER_CEILING, GATEWAY_QUORUM, NOT_ADOPTED,
                END_NOT_ADOPTED).hasNotPassed(CALL_CONFIRM_SHARES).isEnded();
        verify(fundingNotAdoptedDelegate).execute(any());
    }
}
