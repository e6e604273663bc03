package de.akn.workflow.measure;

import de.akn.workflow.common.Texts;

/** A member's part in a measure, from invitation to its decision (the lead member's as well). */
public enum ParticipationStatus {
    INVITED,
    COSIGNED,
    DECLINED,
    COUNCIL_PENDING,
    SIGNOFF_PENDING,
    NO_RESPONSE;

    /**
     * The signer rule, the one place that says it: every member that co-signed — the lead member
     * too, which decides like everyone else — carries a measure (quorum, shares, synergy, reports).
     */
    public boolean isSigner() {
        return this == COSIGNED;
    }

    /** German label for mails and reports. */
    public String label() {
        return Texts.label(this);
    }
}
