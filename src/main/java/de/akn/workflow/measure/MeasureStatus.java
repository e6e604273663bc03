package de.akn.workflow.measure;

public enum MeasureStatus {
    IN_REVIEW("in Prüfung"),
    REVISION("in Überarbeitung"),
    REJECTED("abgelehnt"),
    COSIGNING("in Mitzeichnung"),
    NOT_ADOPTED("nicht vereinbart"),
    ADOPTED("vereinbart"),
    COMPLETED("abgeschlossen");

    private final String label;

    MeasureStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
