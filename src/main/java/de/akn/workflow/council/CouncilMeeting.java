package de.akn.workflow.council;

import java.time.LocalDate;

/** An upcoming meeting of a member's council, as its OParl system lists it. */
public record CouncilMeeting(LocalDate date, String name, String url) {
}
