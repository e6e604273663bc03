/**
 * Implementation of an adopted measure ({@code measure-implementation}): the lead town's progress
 * reports on a schedule ({@link de.akn.workflow.implementation.ProgressReportValidator} holds their
 * rules), the coordinator's acceptance of the final report, and completion. Owns the reports
 * ({@code akn_progress_report}; other modules see {@link de.akn.workflow.implementation.ProgressReportView}
 * records, read models aggregate a member's latest reports as
 * {@link de.akn.workflow.implementation.ReportedProgress}, the measure resource sees them through a
 * dossier part) and changes the measure through the measure module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Implementation")
package de.akn.workflow.implementation;
