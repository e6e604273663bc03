/**
 * The alliance's shared kernel: what every capability uses the same way — the time zone and the
 * German date and money formats ({@link de.akn.workflow.common.GermanFormat}), dates as people
 * type them ({@link de.akn.workflow.common.Dates}), loosely typed input
 * ({@link de.akn.workflow.common.Inputs}), text limits, links into the webapps, due dates of user
 * tasks, who completes a task, the German wording by key ({@link de.akn.workflow.common.Texts}), the
 * problems a request can have ({@link de.akn.workflow.common.ValidationProblem}, {@code ConflictProblem}) and
 * what the modules contribute to the shared rules ({@code ProcessRules}, {@code PersonalData}). It depends on
 * no other module; the web edge lives in {@code web}, PDF rendering in {@code pdf}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common (shared kernel)")
package de.akn.workflow.common;
