/**
 * The alliance's annual report ({@code alliance-annual-report}): figures from the
 * measures (read through the measure module), a German PDF with charts, a CSV for Excel, stored per
 * year and served at {@code /api/reports/annual}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package de.akn.workflow.reporting;
