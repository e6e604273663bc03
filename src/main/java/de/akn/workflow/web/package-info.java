/**
 * The web edge every module's API shares: German problem answers of {@code /api} and of the engine REST APIs
 * (400 with one message per field, 403, 404, the German 409 for a task step that came too late, the German 503
 * while the database is away — also on Tasklist's and Cockpit's engine API), the refused-form rewriting for
 * Tasklist, the run-time choices of deployed forms, {@code /api/calendar/holidays} and the OpenAPI document.
 * It depends on the kernel ({@code common}) only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web (problem answers, engine API filters)")
package de.akn.workflow.web;
