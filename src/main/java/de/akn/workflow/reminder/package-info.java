/** Reminders and escalation for overdue user tasks (process {@code task-reminder-sweep}). */
package de.akn.workflow.reminder;
