/**
 * Absences and deputies: {@code /api/absences} and the Tasklist start form "Abwesenheit eintragen"
 * (process {@code absence}); while a user is away, tasks assigned to it go to its deputy
 * (a task listener on every user task, and the daily hand-over in {@code task-reminder-sweep}),
 * and mails to it go to the deputy too ({@link de.akn.workflow.absence.Deputies}, the
 * {@code notification.StandIns} behind {@code notification.Recipients}). The
 * assignment listener also keeps a town's task with that town's people when the coordinator
 * reassigns it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Absence")
package de.akn.workflow.absence;
