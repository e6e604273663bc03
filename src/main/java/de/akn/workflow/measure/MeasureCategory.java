package de.akn.workflow.measure;

import de.akn.workflow.common.Texts;

/** What a measure is about; events and brochures are measures too. */
public enum MeasureCategory {
    ENERGY,
    MOBILITY,
    BUILDINGS,
    ADAPTATION,
    AWARENESS,
    EVENT,
    PUBLICATION,
    OTHER;

    public String label() {
        return Texts.label(this);
    }
}
