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

import de.akn.workflow.cosigning.CosigningProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.akn.workflow.cosigning.ShareConfirmations;
import de.akn.workflow.cosigning.process.CosigningTimers;

/**
 * share-confirmation.bpmn: each town whose share exceeds its ceiling confirms it (reminded, or not confirmed
 * after the deadline); the shares are computed anew and, still over a ceiling, confirmed again.
 */
@Deployment(resources = { ModelTest.BPMN + "share-confirmation.bpmn", ModelTest.BPMN + "confirm-share.form" })
class ShareConfirmationModelTest extends ModelTest {

    private static final String PROCESS = "share-confirmation";
    private static final String START = "StartEvent_OverCeiling";
    private static final String SUBPROCESS_CONFIRM = "SubProcess_ConfirmShare";
    private static final String TASK_CONFIRM_SHARE = CosigningProcess.TASK_CONFIRM_SHARE;
    private static final String TIMER_REMINDER = "Timer_ShareReminder";
    private static final String TIMER_DEADLINE = "Timer_ShareDeadline";
    private static final String REMINDER = "ServiceTask_ShareReminder";
    private static final String NOT_CONFIRMED = "ServiceTask_ShareNotConfirmed";
    private static final String END_NOT_CONFIRMED = "End_ShareNotConfirmed";
    private static final String END_CONFIRMED = "End_ShareConfirmed";
    private static final String RECONCLUDE = "ServiceTask_Reconclude";
    private static final String GATEWAY_STILL_OVER = "Gateway_StillOverCeiling";
    private static final String END = "End_SharesConfirmed";

    private final Date deadline = Date.from(Instant.now().plus(Duration.ofDays(21)));

    private ShareConfirmations shareConfirmations;
    private ExecutionListener confirmShareScopeListener;
    private TaskListener confirmShareListener;
    private JavaDelegate shareReminderDelegate;
    private JavaDelegate shareNotConfirmedDelegate;
    private JavaDelegate cosigningResultDelegate;

    /** What each new conclusion finds, one entry per round. */
    private List<Boolean> stillOverCeiling = List.of(false);
    private int rounds;

    @BeforeEach
    void mocks() {
        shareConfirmations = bean("shareConfirmations", ShareConfirmations.class);
        when(shareConfirmations.overCeiling(1L)).thenReturn(List.of("dormagen"));
        CosigningTimers timers = bean("cosigningTimers", CosigningTimers.class);
        when(timers.reminderCycle()).thenReturn("R/P7D");
        when(timers.deadlineDate()).thenReturn(deadline);
        confirmShareScopeListener = executionListener("confirmShareScopeListener");
        confirmShareListener = taskListener("confirmShareListener");
        shareReminderDelegate = delegate("shareReminderDelegate");
        shareNotConfirmedDelegate = delegate("shareNotConfirmedDelegate");
        cosigningResultDelegate = delegate("cosigningResultDelegate", execution -> {
            execution.setVariable("quorumReached", true);
            execution.setVariable("shareConfirmationNeeded", stillOverCeiling.get(rounds++));
        });
    }

    private ProcessInstance startConfirmation() {
        return runtimeService().startProcessInstanceByKey(PROCESS, "AKN-2026-001", withVariables("measureId", 1L,
                "reference", "AKN-2026-001", "quorumReached", true, "shareConfirmationNeeded", true));
    }

    @Test
    void everyTownOverItsCeilingConfirms() throws Exception {
        // Given
        when(shareConfirmations.overCeiling(1L)).thenReturn(List.of("dormagen", "meerbusch"));
        ProcessInstance confirmation = startConfirmation();
        assertThat(taskQuery().taskDefinitionKey(TASK_CONFIRM_SHARE).count()).isEqualTo(2);
        verify(confirmShareScopeListener, times(2)).notify(any());

        // When
        complete(taskOf(confirmation, TASK_CONFIRM_SHARE, "member-dormagen"), withVariables("shareConfirmed", true));
        executeDueJobs();

        // Then
        assertThat(confirmation).isWaitingAt(TASK_CONFIRM_SHARE);
        assertThat(task(confirmation)).hasCandidateGroup("member-meerbusch").hasDueDate(deadline)
                .hasName("Höheren Anteil bestätigen: AKN-2026-001");

        // When
        complete(task(confirmation), withVariables("shareConfirmed", true));
        executeDueJobs();

        // Then
        assertThat(confirmation).hasPassedInOrder(START, TASK_CONFIRM_SHARE, END_CONFIRMED, RECONCLUDE,
                GATEWAY_STILL_OVER, END)
                .hasPassed(SUBPROCESS_CONFIRM).hasNotPassed(NOT_CONFIRMED).isEnded();
        verify(confirmShareListener, times(4)).notify(any());
        verify(cosigningResultDelegate).execute(any());
    }

    @Test
    void stillOverACeilingTheTownsConfirmAgain() throws Exception {
        // Given: after the first round a share is still over its ceiling
        stillOverCeiling = List.of(true, false);
        ProcessInstance confirmation = startConfirmation();

        // When
        complete(task(confirmation), withVariables("shareConfirmed", true));
        executeDueJobs();

        // Then: a second round
        assertThat(confirmation).isWaitingAt(TASK_CONFIRM_SHARE);

        // When
        complete(task(confirmation), withVariables("shareConfirmed", true));
        executeDueJobs();

        // Then
        assertThat(confirmation).hasPassedInOrder(TASK_CONFIRM_SHARE, RECONCLUDE, GATEWAY_STILL_OVER,
                TASK_CONFIRM_SHARE, RECONCLUDE, GATEWAY_STILL_OVER, END).isEnded();
        verify(cosigningResultDelegate, times(2)).execute(any());
    }

    @Test
    void anUnconfirmedShareIsRemindedAndNotConfirmedAfterTheDeadline() throws Exception {
        // Given
        ProcessInstance confirmation = startConfirmation();

        // When
        fire(TIMER_REMINDER);

        // Then
        assertThat(confirmation).isWaitingAt(TASK_CONFIRM_SHARE).hasPassed(REMINDER);
        verify(shareReminderDelegate).execute(any());
        verify(shareNotConfirmedDelegate, never()).execute(any());

        // When
        fire(TIMER_DEADLINE);
        executeDueJobs();

        // Then
        assertThat(confirmation).hasPassedInOrder(TASK_CONFIRM_SHARE, NOT_CONFIRMED, END_NOT_CONFIRMED, RECONCLUDE,
                END).hasNotPassed(END_CONFIRMED).isEnded();
        verify(shareNotConfirmedDelegate).execute(any());
    }
}
