package de.akn.workflow.process.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
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

import de.akn.workflow.common.DueDates;
import de.akn.workflow.cosigning.CosigningProcess;
import de.akn.workflow.cosigning.CosigningService;
import de.akn.workflow.cosigning.process.CosigningTimers;

/**
 * measure-cosigning.bpmn: every participating town decides (in parallel, the lead member's NO ends it early),
 * perhaps after its council and with an internal sign-off; reminders and deadlines on both waits; shares over
 * a ceiling go to share-confirmation (a stand-in here).
 */
@Deployment(resources = { ModelTest.BPMN + "measure-cosigning.bpmn", ModelTest.BPMN + "cosign-decision.form",
        ModelTest.BPMN + "record-council-decision.form", ModelTest.BPMN + "internal-sign-off.form" })
class MeasureCosigningModelTest extends ModelTest {

    private static final String PROCESS = "measure-cosigning";
    private static final String START = "StartEvent_Cosigning";
    private static final String SUBPROCESS_COSIGN = "SubProcess_Cosign";
    private static final String TASK_COSIGN_DECISION = CosigningProcess.TASK_COSIGN_DECISION;
    private static final String TIMER_COSIGN_REMINDER = "Timer_CosignReminder";
    private static final String TIMER_COSIGN_DEADLINE = "Timer_CosignDeadline";
    private static final String COSIGN_REMINDER = "ServiceTask_CosignReminder";
    private static final String GATEWAY_COUNCIL_PENDING = "Gateway_CouncilPending";
    private static final String TASK_RECORD_COUNCIL_DECISION = CosigningProcess.TASK_RECORD_COUNCIL_DECISION;
    private static final String GATEWAY_COUNCIL_POSTPONED = "Gateway_CouncilPostponed";
    private static final String TIMER_COUNCIL_REMINDER = "Timer_CouncilReminder";
    private static final String TIMER_COUNCIL_DEADLINE = "Timer_CouncilDeadline";
    private static final String COUNCIL_REMINDER = "ServiceTask_CouncilReminder";
    private static final String NO_RESPONSE = "ServiceTask_NoResponse";
    private static final String END_NO_RESPONSE = "End_NoResponse";
    private static final String GATEWAY_SIGN_OFF = "Gateway_SignOff";
    private static final String TASK_INTERNAL_SIGN_OFF = CosigningProcess.TASK_INTERNAL_SIGN_OFF;
    private static final String END_MEMBER_DECIDED = "End_MemberDecided";
    private static final String CONCLUDE = "ServiceTask_ConcludeCosigning";
    private static final String GATEWAY_OVER_CEILING = "Gateway_OverCeiling";
    private static final String CALL_CONFIRM_SHARES = "CallActivity_ConfirmShares";
    private static final String END_COSIGNED = "End_Cosigned";

    private static final Date DUE = new Date(1_800_000_000_000L);
    private static final String MEETING = "2026-12-10";

    private final Date deadline = Date.from(Instant.now().plus(Duration.ofDays(21)));
    private final Date dayAfterMeeting = Date.from(Instant.now().plus(Duration.ofDays(4)));
    private final Date councilDeadline = Date.from(Instant.now().plus(Duration.ofDays(30)));

    private CosigningService cosigningService;
    private ExecutionListener cosignScopeListener;
    private TaskListener cosignDecisionListener;
    private TaskListener councilDecisionListener;
    private TaskListener signOffListener;
    private JavaDelegate cosignReminderDelegate;
    private JavaDelegate councilReminderDelegate;
    private JavaDelegate cosignNoResponseDelegate;
    private JavaDelegate cosigningResultDelegate;

    /** What the conclusion finds (the real delegate counts the decisions and compares shares with ceilings). */
    private boolean quorumReached = true;
    private boolean shareConfirmationNeeded = false;

    @BeforeEach
    void mocks() {
        cosigningService = bean("cosigningService", CosigningService.class);
        when(cosigningService.participants(1L)).thenReturn(List.of("kaarst"));
        CosigningTimers timers = bean("cosigningTimers", CosigningTimers.class);
        when(timers.reminderCycle()).thenReturn("R/P7D");
        when(timers.deadlineDate()).thenReturn(deadline);
        when(timers.dayAfter(MEETING)).thenReturn(dayAfterMeeting);
        when(timers.councilReminderCycle(MEETING)).thenReturn("R/P7D");
        when(timers.councilDeadline(MEETING)).thenReturn(councilDeadline);
        when(bean("dueDates", DueDates.class).review()).thenReturn(DUE);
        cosignScopeListener = executionListener("cosignScopeListener");
        cosignDecisionListener = taskListener("cosignDecisionListener");
        councilDecisionListener = taskListener("councilDecisionListener");
        signOffListener = taskListener("signOffListener");
        cosignReminderDelegate = delegate("cosignReminderDelegate");
        councilReminderDelegate = delegate("councilReminderDelegate");
        cosignNoResponseDelegate = delegate("cosignNoResponseDelegate");
        cosigningResultDelegate = delegate("cosigningResultDelegate", execution -> {
            execution.setVariable("quorumReached", quorumReached);
            execution.setVariable("shareConfirmationNeeded", shareConfirmationNeeded);
        });
    }

    private ProcessInstance startCosigning() {
        return runtimeService().startProcessInstanceByKey(PROCESS, "AKN-2026-001",
                withVariables("measureId", 1L, "reference", "AKN-2026-001", "leadMember", "kaarst"));
    }

    private Task cosignTask(ProcessInstance cosigning, String member) {
        return taskOf(cosigning, TASK_COSIGN_DECISION, "member-" + member);
    }

    @Test
    void allTownsDecideAndTheQuorumIsReached() throws Exception {
        // Given: two towns asked at once
        when(cosigningService.participants(1L)).thenReturn(List.of("kaarst", "dormagen"));
        ProcessInstance cosigning = startCosigning();
        assertThat(taskQuery().taskDefinitionKey(TASK_COSIGN_DECISION).count()).isEqualTo(2);
        assertThat(cosignTask(cosigning, "dormagen")).hasName("Mitzeichnung: AKN-2026-001").hasDueDate(deadline);
        verify(cosignScopeListener, times(2)).notify(any());
        verify(cosignDecisionListener, times(2)).notify(any());

        // When: the lead member co-signs
        complete(cosignTask(cosigning, "kaarst"), withVariables("cosignDecision", "YES", "signOffNeeded", false));
        executeDueJobs();

        // Then: still waiting for Dormagen
        assertThat(cosigning).isWaitingAt(TASK_COSIGN_DECISION);
        verify(cosigningResultDelegate, never()).execute(any());

        // When
        complete(cosignTask(cosigning, "dormagen"), withVariables("cosignDecision", "NO", "signOffNeeded", false));
        executeDueJobs();

        // Then
        assertThat(cosigning).hasPassedInOrder(START, TASK_COSIGN_DECISION, GATEWAY_COUNCIL_PENDING, GATEWAY_SIGN_OFF,
                END_MEMBER_DECIDED, CONCLUDE, GATEWAY_OVER_CEILING, END_COSIGNED)
                .hasPassed(SUBPROCESS_COSIGN)
                .hasNotPassed(TASK_RECORD_COUNCIL_DECISION, TASK_INTERNAL_SIGN_OFF, CALL_CONFIRM_SHARES).isEnded();
        verify(cosignDecisionListener, times(4)).notify(any());
        verify(cosigningResultDelegate).execute(any());
    }

    @Test
    void theLeadMembersNoEndsTheCosigningForAll() throws Exception {
        // Given
        when(cosigningService.participants(1L)).thenReturn(List.of("kaarst", "dormagen"));
        when(cosigningService.leadOut(1L)).thenReturn(true);
        quorumReached = false;
        ProcessInstance cosigning = startCosigning();

        // When: the lead member declines
        complete(cosignTask(cosigning, "kaarst"), withVariables("cosignDecision", "NO", "signOffNeeded", false));
        executeDueJobs();

        // Then: Dormagen's task is gone, the conclusion has run
        assertThat(taskQuery().processInstanceId(cosigning.getId()).count()).isZero();
        assertThat(cosigning).hasPassed(CONCLUDE, END_COSIGNED).isEnded();
        verify(cosigningResultDelegate).execute(any());
    }

    @Test
    void aSignOffFollowsTheDecisionWhereTheTownRequiresIt() throws Exception {
        // Given
        ProcessInstance cosigning = startCosigning();

        // When
        complete(cosignTask(cosigning, "kaarst"), withVariables("cosignDecision", "YES", "signOffNeeded", true));

        // Then
        assertThat(cosigning).isWaitingAt(TASK_INTERNAL_SIGN_OFF);
        assertThat(task(cosigning)).hasCandidateGroup("signoff-kaarst").hasDueDate(DUE)
                .hasName("Zeichnung: AKN-2026-001");
        verify(signOffListener).notify(any());

        // When
        complete(task(cosigning), withVariables("signedOff", true));
        executeDueJobs();

        // Then
        assertThat(cosigning).hasPassedInOrder(TASK_COSIGN_DECISION, GATEWAY_SIGN_OFF, TASK_INTERNAL_SIGN_OFF,
                END_MEMBER_DECIDED, CONCLUDE, END_COSIGNED).isEnded();
        verify(signOffListener, times(2)).notify(any());
    }

    @Test
    void aPendingCouncilDecisionIsRecordedAfterAPostponement() throws Exception {
        // Given
        ProcessInstance cosigning = startCosigning();

        // When: the council has yet to decide
        complete(cosignTask(cosigning, "kaarst"),
                withVariables("cosignDecision", "COUNCIL_PENDING", "councilMeetingDate", MEETING));

        // Then
        assertThat(cosigning).isWaitingAt(TASK_RECORD_COUNCIL_DECISION);
        assertThat(task(cosigning)).hasCandidateGroup("member-kaarst").hasDueDate(dayAfterMeeting)
                .hasName("Ratsbeschluss eintragen: AKN-2026-001");

        // When: postponed to the next meeting
        complete(task(cosigning), withVariables("councilDecision", "POSTPONED", "councilMeetingDate", MEETING));

        // Then: the same task again
        assertThat(cosigning).isWaitingAt(TASK_RECORD_COUNCIL_DECISION);

        // When: referred to another body, then decided
        complete(task(cosigning), withVariables("councilDecision", "REFERRED", "councilMeetingDate", MEETING));
        complete(task(cosigning), withVariables("councilDecision", "YES", "signOffNeeded", false));
        executeDueJobs();

        // Then
        assertThat(cosigning).hasPassedInOrder(TASK_COSIGN_DECISION, GATEWAY_COUNCIL_PENDING,
                TASK_RECORD_COUNCIL_DECISION, GATEWAY_COUNCIL_POSTPONED, TASK_RECORD_COUNCIL_DECISION,
                GATEWAY_COUNCIL_POSTPONED, TASK_RECORD_COUNCIL_DECISION, GATEWAY_COUNCIL_POSTPONED, GATEWAY_SIGN_OFF,
                END_MEMBER_DECIDED, END_COSIGNED).isEnded();
        verify(councilDecisionListener, times(6)).notify(any());
    }

    @Test
    void anUndecidedTownIsRemindedAndCountsAsNoResponseAfterTheDeadline() throws Exception {
        // Given
        ProcessInstance cosigning = startCosigning();
        Task decision = cosignTask(cosigning, "kaarst");
        assertThat(timer(TIMER_COSIGN_DEADLINE, decision).getDuedate()).isEqualTo(deadline);

        // When: the reminder is due
        fire(TIMER_COSIGN_REMINDER);

        // Then: reminded, still undecided, next reminder scheduled
        assertThat(cosigning).isWaitingAt(TASK_COSIGN_DECISION).hasPassed(COSIGN_REMINDER);
        assertThat(timer(TIMER_COSIGN_REMINDER)).isNotNull();
        verify(cosignReminderDelegate).execute(any());

        // When: the deadline passes
        fire(TIMER_COSIGN_DEADLINE);
        executeDueJobs();

        // Then
        assertThat(cosigning).hasPassedInOrder(TASK_COSIGN_DECISION, NO_RESPONSE, END_NO_RESPONSE, CONCLUDE,
                END_COSIGNED).hasNotPassed(END_MEMBER_DECIDED).isEnded();
        verify(cosignNoResponseDelegate).execute(any());
        verify(cosignDecisionListener).notify(any());
    }

    @Test
    void anUnrecordedCouncilDecisionIsRemindedAndCountsAsNoResponseAfterTheDeadline() throws Exception {
        // Given
        ProcessInstance cosigning = startCosigning();
        complete(cosignTask(cosigning, "kaarst"),
                withVariables("cosignDecision", "COUNCIL_PENDING", "councilMeetingDate", MEETING));
        assertThat(timer(TIMER_COUNCIL_DEADLINE).getDuedate()).isEqualTo(councilDeadline);

        // When: the morning after the meeting
        fire(TIMER_COUNCIL_REMINDER);

        // Then
        assertThat(cosigning).isWaitingAt(TASK_RECORD_COUNCIL_DECISION).hasPassed(COUNCIL_REMINDER);
        verify(councilReminderDelegate).execute(any());

        // When
        fire(TIMER_COUNCIL_DEADLINE);
        executeDueJobs();

        // Then
        assertThat(cosigning).hasPassedInOrder(TASK_RECORD_COUNCIL_DECISION, NO_RESPONSE, END_NO_RESPONSE, CONCLUDE,
                END_COSIGNED).isEnded();
        verify(cosignNoResponseDelegate).execute(any());
    }

    @Test
    void sharesOverACeilingAreConfirmedInTheCalledProcess() throws Exception {
        // Given
        deployStub("share-confirmation");
        shareConfirmationNeeded = true;
        ProcessInstance cosigning = startCosigning();
        complete(cosignTask(cosigning, "kaarst"), withVariables("cosignDecision", "YES", "signOffNeeded", false));

        // When
        executeDueJobs();

        // Then
        assertThat(cosigning).isWaitingAt(CALL_CONFIRM_SHARES);

        // When: a town does not confirm, the quorum is lost
        complete(calledTask(cosigning, "share-confirmation"), withVariables("quorumReached", false));

        // Then: the caller gets the called process' quorum
        assertThat(cosigning).hasPassedInOrder(CONCLUDE, GATEWAY_OVER_CEILING, CALL_CONFIRM_SHARES, END_COSIGNED)
                .isEnded();
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(cosigning.getId())
                .variableName("quorumReached").singleResult().getValue()).isEqualTo(false);
    }
}
