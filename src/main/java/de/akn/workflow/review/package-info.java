/**
 * Review of a proposed measure ({@code measure-review}): the routing decision (DMN
 * {@code review-routing}), the strategic partner's expert opinion, the coordinator's formal review
 * (approve, send back for revision, reject) and the lead town's revision. Changes the measure
 * through the measure module; its mails go through {@link de.akn.workflow.measure.MeasureMails} to the
 * addressees {@link de.akn.workflow.notification.Recipients} names.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review")
package de.akn.workflow.review;
