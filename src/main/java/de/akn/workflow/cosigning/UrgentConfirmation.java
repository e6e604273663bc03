package de.akn.workflow.cosigning;

/** The council's answer to an urgent decision ({@code urgentConfirmation}). */
public enum UrgentConfirmation {
    CONFIRMED, REVOKED
}
