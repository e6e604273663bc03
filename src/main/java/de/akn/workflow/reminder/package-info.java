/**
 * Reminders and escalation for overdue user tasks (the daily process
 * {@code task-reminder-sweep}), whatever process they belong to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reminder")
package de.akn.workflow.reminder;
