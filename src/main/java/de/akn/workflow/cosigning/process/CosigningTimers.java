package de.akn.workflow.cosigning.process;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.WorkingDays;
import de.akn.workflow.cosigning.CosigningProperties;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Timer and due-date expressions of {@code measure-cosigning}, read from
 * {@code alliance.cosigning.*} (ISO-8601) instead of literals in the BPMN.
 */
@Component("cosigningTimers")
public class CosigningTimers {

    /** Reminders and "the day after the council meeting" start at this time of day. */
    static final LocalTime MORNING = LocalTime.of(8, 0);

    private final CosigningProperties config;
    private final WorkingDays workingDays;

    CosigningTimers(CosigningProperties properties, WorkingDays workingDays) {
        this.config = properties;
        this.workingDays = workingDays;
    }

    /** Repeating reminder while undecided, e.g. {@code R/P7D}. */
    public String reminderCycle() {
        return "R/" + config.reminderInterval();
    }

    /** Instances started before the deadline moved to working days: a duration, e.g. {@code P21D}. */
    public String deadline() {
        return config.deadline().toString();
    }

    /**
     * The deadline of a co-sign decision (its due date, and when an undecided town counts as NO_RESPONSE):
     * {@code alliance.cosigning.deadline} from now, on the next working day.
     */
    public Date deadlineDate() {
        return workingDays.onOrAfter(Date.from(ClockUtil.getCurrentTime().toInstant().plus(config.deadline())));
    }

    /** Due date of recording the council's decision: the morning of the working day after the meeting. */
    public Date dayAfter(LocalDate meeting) {
        return Date.from(dayAfterMeeting(meeting).toInstant());
    }

    /** Reminders about the council's decision start the morning after the meeting. */
    public String councilReminderCycle(LocalDate meeting) {
        return "R/" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dayAfterMeeting(meeting)) + "/"
                + config.reminderInterval();
    }

    /** The council's decision counts as NO_RESPONSE this long after the meeting. */
    public Date councilDeadline(LocalDate meeting) {
        return workingDays.onOrAfter(Date.from(meeting.atStartOfDay(GermanFormat.ZONE)
                .plus(config.deadline()).toInstant()));
    }

    // The BPMN expressions pass the process variable councilMeetingDate as it is: a String (TT.MM.JJJJ as the
    // forms' text fields have it, or ISO), in older instances perhaps a Date. These read it and call the typed ones.

    /** {@link #dayAfter(LocalDate)} of the variable {@code councilMeetingDate} (BPMN: due date). */
    public Date dayAfter(Object meetingDate) {
        return dayAfter(meeting(meetingDate));
    }

    /** {@link #councilReminderCycle(LocalDate)} of the variable {@code councilMeetingDate} (BPMN: timer cycle). */
    public String councilReminderCycle(Object meetingDate) {
        return councilReminderCycle(meeting(meetingDate));
    }

    /** {@link #councilDeadline(LocalDate)} of the variable {@code councilMeetingDate} (BPMN: timer date). */
    public Date councilDeadline(Object meetingDate) {
        return councilDeadline(meeting(meetingDate));
    }

    private ZonedDateTime dayAfterMeeting(LocalDate meeting) {
        return workingDays.onOrAfter(meeting.plusDays(1)).atTime(MORNING).atZone(GermanFormat.ZONE);
    }

    static LocalDate meeting(Object value) {
        return Dates.parse(value).orElseThrow(() -> new IllegalArgumentException(
                Texts.text("cosign.timer.meeting-invalid", "value", value)));
    }
}
