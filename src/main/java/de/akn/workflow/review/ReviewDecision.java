package de.akn.workflow.review;

/** The coordinator's formal review decision ({@code reviewDecision}). */
public enum ReviewDecision {
    APPROVE, REVISE, REJECT
}
