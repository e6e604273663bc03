/**
 * The alliance's meetings ({@code alliance-meeting}): every {@code alliance.meetings.interval} or when the
 * coordinator plans one, with a chair rotating over the towns. The coordinator prepares the agenda, proposed
 * from what is pending (measures in review, open co-sign decisions, overdue reports, escalations, open action
 * items); every member and the partner are invited with the agenda as PDF and the meeting as {@code .ics}. The
 * chair's town records the minutes and the action items; each action item becomes a task of the town it names
 * ({@code action-item}), and the minutes go to everyone as PDF.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings")
package de.akn.workflow.meeting;
