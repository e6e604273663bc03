package de.akn.workflow.cosigning;

/** The Zeichnungsberechtigte's answer ({@code signOffDecision}): the town's yes binds it, or it does not. */
public enum SignOffDecision {
    APPROVE, REJECT
}
