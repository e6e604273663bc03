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

    /** German label for mails and reports. */
    public String label() {
        return label;
    }
}
