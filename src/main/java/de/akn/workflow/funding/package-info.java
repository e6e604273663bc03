/**
 * Public funding: the programmes the alliance applies to (Kommunalrichtlinie, progres.nrw …) with their
 * calls, kept as data and edited by the coordinator; the funding calendar with reminders before a call
 * closes; and a measure's funding application and decision ({@code measure-funding}), after which the
 * members' shares of the net cost are computed again. Provides the measure module's
 * {@link de.akn.workflow.measure.FundingCatalog}; the measure module does not know this one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Funding")
package de.akn.workflow.funding;
