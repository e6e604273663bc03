/**
 * The alliance's shared kernel: what every capability uses the same way — the time zone and the
 * German date and money formats ({@link de.akn.workflow.common.GermanFormat}), dates as people
 * type them ({@link de.akn.workflow.common.Dates}), loosely typed input
 * ({@link de.akn.workflow.common.Inputs}), text limits, links into the webapps, due dates of user
 * tasks, who completes a task, and the German problem answers of the API
 * ({@link de.akn.workflow.common.ValidationProblem}). It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common (shared kernel)")
package de.akn.workflow.common;
