package de.akn.workflow.cosigning;

import de.akn.workflow.common.WorkingDays;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The Vorlagenschluss: a paper for a council or committee meeting must be filed
 * {@code alliance.council.paper-lead-time} before it — on the working day on or before that day.
 */
@Component
public class PaperDeadlines {

    private final CouncilProperties properties;
    private final WorkingDays workingDays;

    PaperDeadlines(CouncilProperties properties, WorkingDays workingDays) {
        this.properties = properties;
        this.workingDays = workingDays;
    }

    /** The last day to file the paper for a meeting on this day. */
    public LocalDate lastFilingDay(LocalDate meeting) {
        return workingDays.onOrBefore(meeting.minus(properties.paperLeadTime()));
    }

    /** Whether a paper filed today still reaches the meeting. */
    public boolean reachable(LocalDate meeting, LocalDate today) {
        return !lastFilingDay(meeting).isBefore(today);
    }

    /** The first meeting day a paper filed today still reaches. */
    public LocalDate earliestMeeting(LocalDate today) {
        LocalDate day = today.plus(properties.paperLeadTime());
        while (!reachable(day, today)) {
            day = day.plusDays(1);
        }
        return workingDays.onOrAfter(day);
    }
}
