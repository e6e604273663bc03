package de.akn.workflow.measure;

/** How a measure's cost and staff days are split among its signers. */
public enum CostSplit {
    EQUAL("zu gleichen Teilen"),
    POPULATION("nach Einwohnerzahl");

    private final String label;

    CostSplit(String label) {
        this.label = label;
    }

    /** German label for mails and reports. */
    public String label() {
        return label;
    }
}
