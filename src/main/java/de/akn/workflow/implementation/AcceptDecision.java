package de.akn.workflow.implementation;

/** The coordinator's decision on a final report. */
public enum AcceptDecision {
    ACCEPT,
    REQUEST_CHANGES
}
