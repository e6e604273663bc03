package de.akn.workflow.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One item of a meeting's agenda; {@code reference} names the measure it is about, if any. */
@Embeddable
public record AgendaItem(@Column(name = "title", nullable = false) String title,
        @Column(name = "reference") String reference) {
}
