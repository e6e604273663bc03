package de.akn.workflow.measure;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A member's decision on its participation in a measure (co-signing, its council, the deadline),
 * as the measure records it.
 *
 * @param councilMeetingDate the meeting the decision waits for; null keeps an earlier date
 * @param costCeilingEur the most the member will pay; null keeps an earlier ceiling
 * @param councilPaperReference the council's paper (Drucksachen-Nr.); null keeps an earlier one
 * @param standaloneCostEur what the member would have spent alone; null keeps an earlier figure
 * @param detail the audit trail's detail for the event (its type is the new status)
 * @param councilBodyId the body the member waits for; null keeps an earlier one
 */
public record ParticipationDecision(String member, ParticipationStatus status, String actor, String comment,
        LocalDate councilMeetingDate, BigDecimal costCeilingEur, String councilPaperReference, EventDetail detail,
        BigDecimal standaloneCostEur, String councilBodyId) {

    public ParticipationDecision(String member, ParticipationStatus status, String actor, String comment,
            LocalDate councilMeetingDate, BigDecimal costCeilingEur, String councilPaperReference, EventDetail detail,
            BigDecimal standaloneCostEur) {
        this(member, status, actor, comment, councilMeetingDate, costCeilingEur, councilPaperReference, detail,
                standaloneCostEur, null);
    }

    public ParticipationDecision(String member, ParticipationStatus status, String actor, String comment,
            LocalDate councilMeetingDate, BigDecimal costCeilingEur, String councilPaperReference, EventDetail detail) {
        this(member, status, actor, comment, councilMeetingDate, costCeilingEur, councilPaperReference, detail, null);
    }

    public ParticipationDecision(String member, ParticipationStatus status, String actor, String comment,
            LocalDate councilMeetingDate, EventDetail detail) {
        this(member, status, actor, comment, councilMeetingDate, null, null, detail, null);
    }
}
