package de.akn.workflow.measure;

/** A member's part in a measure, from invitation to its decision. */
public enum ParticipationStatus {
    LEAD("federführend"),
    INVITED("eingeladen"),
    COSIGNED("mitgezeichnet"),
    DECLINED("abgelehnt"),
    COUNCIL_PENDING("Ratsbeschluss ausstehend"),
    NO_RESPONSE("keine Rückmeldung");

    private final String label;

    ParticipationStatus(String label) {
        this.label = label;
    }

    /**
     * The signer rule, the one place that says it: the lead member and every member that
     * co-signed carry a measure (quorum, shares, synergy, reports).
     */
    public boolean isSigner() {
        return this == LEAD || this == COSIGNED;
    }

    /** German label for mails and reports. */
    public String label() {
        return label;
    }
}
