/**
 * Settlement: the actual costs of a measure and the funding received, and after the final reports are
 * accepted the settlement between the towns — the net actual cost split by the measure's key to the cent,
 * overruns above a ceiling confirmed first, then each transfer confirmed by the town that pays it, with a
 * Kostenerstattungsanforderung as PDF. Settled, the measure's synergy is measured instead of estimated.
 * Adds costs and settlement to the measure resource through {@link de.akn.workflow.measure.MeasureDossierPart}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Settlement")
package de.akn.workflow.settlement;
