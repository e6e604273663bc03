package de.akn.workflow.measure;

/** What a measure is about; events and brochures are measures too. */
public enum MeasureCategory {
    ENERGY("Energie"),
    MOBILITY("Mobilität"),
    BUILDINGS("Gebäude"),
    ADAPTATION("Klimafolgenanpassung"),
    AWARENESS("Öffentlichkeitsarbeit und Bildung"),
    EVENT("Veranstaltung"),
    PUBLICATION("Publikation"),
    OTHER("Sonstiges");

    private final String label;

    MeasureCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
