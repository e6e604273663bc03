package de.akn.workflow.measure;

/** How an adopted measure is doing, as its proposer reports it. */
public enum ProgressStatus {
    ON_TRACK("im Plan"),
    DELAYED("verzögert"),
    AT_RISK("gefährdet");

    private final String label;

    ProgressStatus(String label) {
        this.label = label;
    }

    /** German label for mails, reports and forms. */
    public String label() {
        return label;
    }
}
