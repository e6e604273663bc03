package de.akn.workflow.membership;

/** What the membership process does. */
public enum MembershipAction {
    JOIN("Beitritt"), LEAVE("Austritt");

    private final String label;

    MembershipAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
