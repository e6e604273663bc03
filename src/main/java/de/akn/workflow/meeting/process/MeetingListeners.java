package de.akn.workflow.meeting.process;

import static de.akn.workflow.meeting.MeetingProcess.*;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.TaskActor;
import de.akn.workflow.meeting.AgendaConfirmation;
import de.akn.workflow.meeting.MeetingService;
import de.akn.workflow.meeting.Minutes;
import de.akn.workflow.meeting.MinutesService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The listeners and delegates of {@code alliance-meeting} and {@code action-item}: read, call the service, write back. */
@Configuration
class MeetingListeners {

    /** {@code ServiceTask_ScheduleMeeting}: the schedule plans a meeting unless one is planned already. */
    @Bean
    JavaDelegate scheduleMeetingDelegate(MeetingService meetings) {
        return execution -> execution.setVariables(meetings.schedule(execution.getProcessInstanceId()));
    }

    /** {@code Task_PrepareAgenda} created: the proposed agenda and the meeting's data fill the form. */
    @Bean
    TaskListener agendaProposalListener(MeetingService meetings) {
        return task -> {
            var variables = meetings.proposeAgenda(meetingId(task.getVariable(MEETING_ID)));
            task.setDueDate((Date) variables.get(AGENDA_DUE));
            task.getExecution().setVariables(variables);
            task.getExecution().setProcessBusinessKey((String) variables.get(MEETING_LABEL));
        };
    }

    /** {@code Task_PrepareAgenda} completed: date, place and agenda are checked and kept. */
    @Bean
    TaskListener agendaConfirmedListener(MeetingService meetings) {
        return task -> {
            Long meetingId = meetingId(task.getVariable(MEETING_ID));
            var confirmation = AgendaConfirmation.read(task.getVariables(), day -> meetings.dayProblem(day, meetingId));
            var variables = meetings.confirmAgenda(meetingId, confirmation);
            task.getExecution().setVariables(variables);
            task.getExecution().setProcessBusinessKey((String) variables.get(MEETING_LABEL));
        };
    }

    /** {@code ServiceTask_SendInvitations}. */
    @Bean
    JavaDelegate sendInvitationsDelegate(MeetingService meetings) {
        return execution -> meetings.sendInvitations(meetingId(execution.getVariable(MEETING_ID)));
    }

    /**
     * {@code Task_RecordMinutes} completed: minutes and action items are checked and kept — for the meeting of
     * this process instance (never one named by a variable a person could send).
     */
    @Bean
    TaskListener minutesListener(MinutesService minutes) {
        return task -> {
            var read = Minutes.read(task.getVariables(), Dates.today(), minutes::mayTakeActionItems);
            var recorded = minutes.recordMinutes(task.getProcessInstanceId(), read, TaskActor.of(task));
            task.setVariable(MINUTES_TEXT, recorded.text());
            task.setVariable(ACTION_ITEMS, Variables.stringValue(recorded.actionItemsJson()));
        };
    }

    /** {@code ServiceTask_DistributeMinutes}. */
    @Bean
    JavaDelegate distributeMinutesDelegate(MinutesService minutes) {
        return execution -> minutes.distributeMinutes(meetingId(execution.getVariable(MEETING_ID)));
    }

    /** {@code Task_ActionItem} completed: the result is required; the action item of this process instance is done. */
    @Bean
    TaskListener actionItemListener(MinutesService minutes) {
        return task -> {
            var item = minutes.completeActionItem(task.getProcessInstanceId(),
                    Inputs.text(task.getVariable(ACTION_RESULT)), TaskActor.of(task));
            task.setVariable(ACTION_RESULT, item.getResult());
        };
    }

    private static Long meetingId(Object value) {
        return value instanceof Number n ? n.longValue() : Long.valueOf(value.toString());
    }
}
