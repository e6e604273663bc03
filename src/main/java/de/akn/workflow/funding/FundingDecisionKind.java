package de.akn.workflow.funding;

/** The funding body's decision ({@code fundingDecision}). */
public enum FundingDecisionKind {
    GRANTED, REJECTED
}
