package de.akn.workflow.process.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import de.akn.workflow.meeting.MeetingProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import de.akn.workflow.meeting.MeetingSchedule;

/**
 * alliance-meeting.bpmn: a meeting planned by hand (message) or by the schedule (timer, unless one is planned
 * already); agenda, invitations, the meeting day, minutes and their distribution.
 */
@Deployment(resources = { ModelTest.BPMN + "alliance-meeting.bpmn", ModelTest.BPMN + "prepare-agenda.form",
        ModelTest.BPMN + "record-minutes.form" })
class AllianceMeetingModelTest extends ModelTest {

    private static final String PROCESS = "alliance-meeting";
    private static final String MESSAGE = "MeetingPlanned";
    private static final String START_PLANNED = "StartEvent_Planned";
    private static final String START_SCHEDULED = "StartEvent_Scheduled";
    private static final String SCHEDULE = "ServiceTask_ScheduleMeeting";
    private static final String GATEWAY_SCHEDULED = "Gateway_Scheduled";
    private static final String END_ALREADY_PLANNED = "End_AlreadyPlanned";
    private static final String GATEWAY_JOIN = "Gateway_Join";
    private static final String TASK_PREPARE_AGENDA = MeetingProcess.TASK_PREPARE_AGENDA;
    private static final String SEND_INVITATIONS = "ServiceTask_SendInvitations";
    private static final String TIMER_MEETING_DAY = "Timer_MeetingDay";
    private static final String TASK_RECORD_MINUTES = MeetingProcess.TASK_RECORD_MINUTES;
    private static final String DISTRIBUTE_MINUTES = "ServiceTask_DistributeMinutes";
    private static final String END_MINUTES_SENT = "End_MinutesSent";

    private TaskListener agendaProposalListener;
    private TaskListener agendaConfirmedListener;
    private TaskListener minutesListener;
    private JavaDelegate sendInvitationsDelegate;
    private JavaDelegate distributeMinutesDelegate;
    private JavaDelegate scheduleMeetingDelegate;

    /** The meeting the schedule creates, null when one is planned already. */
    private Long scheduledMeetingId = 7L;

    @BeforeEach
    void mocks() {
        // the schedule's timer is evaluated when the model is deployed
        when(bean("meetingSchedule", MeetingSchedule.class).getCycle()).thenReturn("R/P2M");
        agendaProposalListener = taskListener("agendaProposalListener");
        agendaConfirmedListener = taskListener("agendaConfirmedListener");
        minutesListener = taskListener("minutesListener");
        sendInvitationsDelegate = delegate("sendInvitationsDelegate");
        distributeMinutesDelegate = delegate("distributeMinutesDelegate");
        scheduleMeetingDelegate = delegate("scheduleMeetingDelegate", execution -> {
            execution.setVariable("meetingId", scheduledMeetingId);
            execution.setVariable("meetingLabel", "Sitzung Februar 2027");
        });
    }

    private void holdTheMeeting(ProcessInstance meeting) throws Exception {
        // Given: two weeks from the engine's now (a fired schedule moved its clock)
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Date meetingStart = Date.from(now.plus(Duration.ofDays(14)));
        Date minutesDue = Date.from(now.plus(Duration.ofDays(28)));

        // When: the coordinator confirms the agenda with date and chair
        complete(task(meeting),
                withVariables("meetingStart", meetingStart, "chair", "kaarst", "minutesDue", minutesDue));

        // Then: invitations in a transaction of their own
        assertThat(meeting).isWaitingAt(SEND_INVITATIONS);
        verify(agendaConfirmedListener).notify(any());

        // When
        execute(job(meeting));

        // Then: waiting for the meeting day
        assertThat(meeting).isWaitingAt(TIMER_MEETING_DAY);
        assertThat(timer(TIMER_MEETING_DAY).getDuedate()).isEqualTo(meetingStart);
        verify(sendInvitationsDelegate).execute(any());

        // When
        fireWhenDue(TIMER_MEETING_DAY);

        // Then: the chair records the minutes
        assertThat(meeting).isWaitingAt(TASK_RECORD_MINUTES);
        assertThat(task(meeting)).hasCandidateGroup("member-kaarst").hasDueDate(minutesDue)
                .hasName("Protokoll eintragen: Sitzung Februar 2027");

        // When
        complete(task(meeting), withVariables("minutes", "…"));
        execute(job(meeting));

        // Then
        assertThat(meeting).hasPassedInOrder(TASK_PREPARE_AGENDA, SEND_INVITATIONS, TIMER_MEETING_DAY,
                TASK_RECORD_MINUTES, DISTRIBUTE_MINUTES, END_MINUTES_SENT).isEnded();
        InOrder order = inOrder(sendInvitationsDelegate, minutesListener, distributeMinutesDelegate);
        order.verify(sendInvitationsDelegate).execute(any());
        order.verify(minutesListener).notify(any());
        order.verify(distributeMinutesDelegate).execute(any());
    }

    @Test
    void aMeetingPlannedByHandIsHeldAndMinuted() throws Exception {
        // Given
        ProcessInstance meeting = runtimeService().createMessageCorrelation(MESSAGE)
                .setVariable("meetingId", 3L).setVariable("meetingLabel", "Sitzung Februar 2027")
                .correlateStartMessage();

        // Then
        assertThat(meeting).isWaitingAt(TASK_PREPARE_AGENDA);
        assertThat(task(meeting)).hasCandidateGroup("coordinator")
                .hasName("Tagesordnung vorbereiten: Sitzung Februar 2027");
        verify(agendaProposalListener).notify(any());

        // When … Then
        holdTheMeeting(meeting);
        assertThat(meeting).hasPassed(START_PLANNED).hasNotPassed(START_SCHEDULED, SCHEDULE);
        verify(scheduleMeetingDelegate, never()).execute(any());
    }

    @Test
    void theScheduleCreatesAMeetingWhenNoneIsPlanned() throws Exception {
        // Given: the schedule's timer
        Job schedule = timer(START_SCHEDULED);
        assertThat(schedule).isNotNull();

        // When
        fireWhenDue(START_SCHEDULED);
        ProcessInstance meeting = processInstanceQuery().processDefinitionKey(PROCESS).singleResult();
        execute(job(meeting));

        // Then: the next timer in two months, this meeting's agenda
        assertThat(timer(START_SCHEDULED).getDuedate()).isAfter(schedule.getDuedate());
        assertThat(meeting).hasPassedInOrder(START_SCHEDULED, SCHEDULE, GATEWAY_SCHEDULED, GATEWAY_JOIN)
                .isWaitingAt(TASK_PREPARE_AGENDA);
        verify(scheduleMeetingDelegate).execute(any());

        // When … Then
        holdTheMeeting(meeting);
    }

    @Test
    void theScheduleEndsWhenAMeetingIsPlannedAlready() throws Exception {
        // Given
        scheduledMeetingId = null;
        fireWhenDue(START_SCHEDULED);
        ProcessInstance meeting = processInstanceQuery().processDefinitionKey(PROCESS).singleResult();

        // When
        execute(job(meeting));

        // Then
        assertThat(meeting).hasPassedInOrder(START_SCHEDULED, SCHEDULE, GATEWAY_SCHEDULED, END_ALREADY_PLANNED)
                .hasNotPassed(TASK_PREPARE_AGENDA).isEnded();
        verify(agendaProposalListener, never()).notify(any());
    }
}
