package de.akn.workflow.cosigning;

/**
 * A town's answer to the request to co-sign ({@code cosignDecision}: COSIGN, DECLINE,
 * COUNCIL_PENDING) and its council's ({@code councilDecision}: COSIGN, DECLINE, POSTPONED).
 */
public enum CosignDecision {
    COSIGN, DECLINE, COUNCIL_PENDING, POSTPONED,
    /** The council agreed with changes: a new cost ceiling. */
    AMENDED,
    /** The body referred the matter to another body (the task comes again for that body's meeting). */
    REFERRED,
    /** A Dringlichkeitsentscheidung: counts as yes; the council confirms it in its next meeting. */
    URGENT;

    /** Whether the decision binds the town to co-sign (its sign-off aside). */
    public boolean isYes() {
        return this == COSIGN || this == AMENDED || this == URGENT;
    }

    /** Whether the town still waits for a body (council reservation, adjournment, referral). */
    public boolean isPending() {
        return this == COUNCIL_PENDING || this == POSTPONED || this == REFERRED;
    }
}
