package de.akn.workflow.funding.process;

import de.akn.workflow.common.Dates;
import java.time.LocalTime;
import java.time.Period;
import java.util.Date;
import org.springframework.stereotype.Component;

/** Timer expressions of {@code measure-funding}: reminders 30, 7 and 1 days before the application deadline. */
@Component("fundingTimers")
public class FundingTimers {

    /** Reminders are sent in the morning. */
    static final LocalTime MORNING = LocalTime.of(8, 0);

    /** The morning {@code period} before the deadline's day, e.g. {@code before(deadline, 'P30D')}. */
    public Date before(Date deadline, String period) {
        return Dates.at(Dates.day(deadline).minus(Period.parse(period)), MORNING);
    }
}
