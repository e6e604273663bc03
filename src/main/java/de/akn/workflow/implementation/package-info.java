/**
 * Implementation of an adopted measure ({@code measure-implementation}): the lead town's progress
 * reports on a schedule ({@link de.akn.workflow.implementation.ProgressReportValidator} holds their
 * rules), the coordinator's acceptance of the final report, and completion. Stores reports and
 * changes the measure through the measure module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Implementation")
package de.akn.workflow.implementation;
