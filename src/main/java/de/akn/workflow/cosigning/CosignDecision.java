package de.akn.workflow.cosigning;

/** A town's answer to the request to co-sign ({@code cosignDecision}, {@code councilDecision}). */
public enum CosignDecision {
    COSIGN, DECLINE, COUNCIL_PENDING
}
