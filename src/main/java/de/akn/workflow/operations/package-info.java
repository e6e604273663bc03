/**
 * What the operators see: Prometheus gauges for jobs, incidents and the outbox,
 * and the measure reference in every log line written for a measure.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package de.akn.workflow.operations;
