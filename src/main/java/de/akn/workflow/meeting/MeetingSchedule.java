package de.akn.workflow.meeting;

import org.springframework.stereotype.Component;

/** The timer of {@code alliance-meeting}'s scheduled start: {@code ${meetingSchedule.cycle}} = every interval. */
@Component("meetingSchedule")
public class MeetingSchedule {

    private final String cycle;

    MeetingSchedule(MeetingProperties properties) {
        this.cycle = "R/" + properties.interval();
    }

    /** ISO 8601 repeating interval, e.g. {@code R/P2M}. */
    public String getCycle() {
        return cycle;
    }
}
