package de.akn.workflow.measure;

import de.akn.workflow.common.Texts;

public enum MeasureStatus {
    IN_REVIEW,
    REVISION,
    REJECTED,
    COSIGNING,
    NOT_ADOPTED,
    ADOPTED,
    COMPLETED;

    public String label() {
        return Texts.label(this);
    }
}
