package de.akn.workflow.council;

import java.time.LocalDate;

/** An upcoming meeting of one of a member's bodies (council or committee), as its OParl system lists it. */
public record CouncilMeeting(LocalDate date, String name, String url, String bodyId, String bodyName,
        boolean council) {
}
