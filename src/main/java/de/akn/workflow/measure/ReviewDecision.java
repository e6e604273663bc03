package de.akn.workflow.measure;

/** The coordinator's formal review decision ({@code reviewDecision}). */
public enum ReviewDecision {
    APPROVE, REVISE, REJECT
}
