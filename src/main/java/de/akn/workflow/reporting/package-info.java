/**
 * The alliance's annual report ({@code alliance-annual-report}): figures from the
 * measures (read set-based by its own read model {@link de.akn.workflow.reporting.MeasureSnapshots}, the
 * progress aggregated as {@link de.akn.workflow.implementation.ReportedProgress}), a German PDF with
 * charts, a CSV for Excel, stored per year and served at {@code /api/reports/annual}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package de.akn.workflow.reporting;
