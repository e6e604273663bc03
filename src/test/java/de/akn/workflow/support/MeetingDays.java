package de.akn.workflow.support;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.WorkingDays;
import de.akn.workflow.common.WorkingDaysTest;
import java.time.LocalDate;

/**
 * Council meeting days for tests, as the town halls' calendar has them: a working day far enough ahead for the
 * Vorlagenschluss (three weeks), and the working day after a meeting (when its decision is due).
 */
public final class MeetingDays {

    private static final WorkingDays CALENDAR = WorkingDaysTest.defaultCalendar();

    private MeetingDays() {
    }

    /** A working day at least this many days from today (30 or more: past any Vorlagenschluss of 21 days). */
    public static LocalDate meeting(int daysAhead) {
        return CALENDAR.onOrAfter(LocalDate.now(GermanFormat.ZONE).plusDays(daysAhead));
    }

    /** The same as a form field (TT.MM.JJJJ). */
    public static String meetingText(int daysAhead) {
        return GermanFormat.date(meeting(daysAhead));
    }

    /** When the council's decision is due: the working day after the meeting. */
    public static LocalDate dayAfter(LocalDate meeting) {
        return CALENDAR.onOrAfter(meeting.plusDays(1));
    }
}
