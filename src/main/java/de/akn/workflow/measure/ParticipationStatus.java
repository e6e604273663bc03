package de.akn.workflow.measure;

/** A member's part in a measure, from invitation to its decision (the lead member's as well). */
public enum ParticipationStatus {
    INVITED("eingeladen"),
    COSIGNED("mitgezeichnet"),
    DECLINED("abgelehnt"),
    COUNCIL_PENDING("Ratsbeschluss ausstehend"),
    SIGNOFF_PENDING("Zeichnung ausstehend"),
    NO_RESPONSE("keine Rückmeldung");

    private final String label;

    ParticipationStatus(String label) {
        this.label = label;
    }

    /**
     * The signer rule, the one place that says it: every member that co-signed — the lead member
     * too, which decides like everyone else — carries a measure (quorum, shares, synergy, reports).
     */
    public boolean isSigner() {
        return this == COSIGNED;
    }

    /** German label for mails and reports. */
    public String label() {
        return label;
    }
}
