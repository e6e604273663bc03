package de.akn.workflow.cosigning;

/**
 * A town's answer to the request to co-sign ({@code cosignDecision}: COSIGN, DECLINE,
 * COUNCIL_PENDING) and its council's ({@code councilDecision}: COSIGN, DECLINE, POSTPONED).
 */
public enum CosignDecision {
    COSIGN, DECLINE, COUNCIL_PENDING, POSTPONED
}
