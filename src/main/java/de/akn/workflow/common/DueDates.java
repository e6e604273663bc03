package de.akn.workflow.common;

import java.time.Duration;
import java.time.Period;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Due dates of user tasks, from configuration: {@code alliance.review.due} for review tasks,
 * {@code alliance.reporting.interval} for progress reports. Counted on the engine clock, and moved to
 * the next working day of the town halls ({@link WorkingDays}).
 */
@Component("dueDates")
public class DueDates {

    private final Duration reviewDue;
    private final Period reportingInterval;
    private final WorkingDays workingDays;

    DueDates(ReviewProperties review, ProgressReportProperties reporting, WorkingDays workingDays) {
        this.reviewDue = review.due();
        this.reportingInterval = reporting.interval();
        this.workingDays = workingDays;
    }

    /** Due date of review tasks (and of a final report sent back), counted from now. */
    public Date review() {
        return workingDays.onOrAfter(Date.from(now().toInstant().plus(reviewDue)));
    }

    /** The first progress report: one interval after adoption. */
    public Date firstReport() {
        return after(reportingInterval);
    }

    /** A period from now on the engine clock, in the alliance's calendar (a month ends on the same day). */
    public Date after(Period period) {
        return workingDays.onOrAfter(Date.from(now().toInstant().atZone(GermanFormat.ZONE).plus(period)
                .toInstant()));
    }

    /** When reporting starts (adoption): the anchor of every report's due date. */
    public Date reportingStart() {
        return now();
    }

    /**
     * The due date of report {@code number}: that many intervals after the start, so the reports
     * keep their rhythm (quarterly by default) when one comes in late or early, and a start on
     * 30 November gives 28 February, then 30 May — not 28 May.
     */
    public Date report(Date reportingStart, int number) {
        return workingDays.onOrAfter(Date.from(reportingStart.toInstant().atZone(GermanFormat.ZONE)
                .plus(reportingInterval.multipliedBy(number)).toInstant()));
    }

    /**
     * The next progress report of a measure that started reporting before {@code reportingStart}
     * was recorded: one interval after the previous due date.
     */
    public Date nextReport(Date previousDue) {
        Date base = previousDue == null ? now() : previousDue;
        return workingDays.onOrAfter(Date.from(base.toInstant().atZone(GermanFormat.ZONE).plus(reportingInterval)
                .toInstant()));
    }

    private static Date now() {
        return ClockUtil.getCurrentTime();
    }
}
