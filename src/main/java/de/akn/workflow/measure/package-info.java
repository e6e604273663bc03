/**
 * The joint measure and its record: proposal rules ({@link de.akn.workflow.measure.ProposalValidator}),
 * the measure, its participations (with the signer rule in
 * {@link de.akn.workflow.measure.ParticipationStatus#isSigner()}), its audit trail, the synergy estimate,
 * the start of {@code joint-measure}, {@code /api/measures}, and the mails about a measure
 * ({@link de.akn.workflow.measure.MeasureMails}; who receives them is {@code notification.Recipients}).
 * The capability modules (review, co-signing,
 * implementation) change a measure only through
 * {@link de.akn.workflow.measure.MeasureService} (the progress reports are the implementation module's).
 * The modules that only read measures in bulk keep their own read models (reporting's
 * {@code MeasureSnapshots}, the public site's {@code PublishedMeasures}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Measure")
package de.akn.workflow.measure;
