package de.akn.workflow.measure;

import de.akn.workflow.common.Texts;

/** Where a measure's funding stands: planned with the proposal, applied for, then granted or rejected. */
public enum FundingStatus {
    PLANNED, APPLIED, GRANTED, REJECTED;

    /** German label ("geplant", "beantragt", "bewilligt", "abgelehnt"). */
    public String label() {
        return Texts.label(this);
    }
}
