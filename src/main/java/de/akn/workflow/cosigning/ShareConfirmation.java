package de.akn.workflow.cosigning;

/**
 * A signer's answer when its final share exceeds its cost ceiling ({@code shareConfirmation}):
 * carry the larger share, or withdraw its co-signature (counts as declined).
 */
public enum ShareConfirmation {
    ACCEPT, WITHDRAW
}
