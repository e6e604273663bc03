package de.akn.workflow.measure;

/** The coordinator's decision on a final report. */
public enum AcceptDecision {
    ACCEPT,
    REQUEST_CHANGES
}
