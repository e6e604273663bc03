package de.akn.workflow.measure.process;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Due dates of user tasks, from configuration ({@code alliance.review.due}, ISO-8601). */
@Component("dueDates")
public class DueDates {

    private final Duration reviewDue;

    DueDates(@Value("${alliance.review.due:P14D}") Duration reviewDue) {
        this.reviewDue = reviewDue;
    }

    /** Due date of review tasks, counted from now (engine clock). */
    public Date review() {
        return Date.from(ClockUtil.getCurrentTime().toInstant().plus(reviewDue));
    }
}
