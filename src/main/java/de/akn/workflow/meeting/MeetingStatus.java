package de.akn.workflow.meeting;

/** PLANNED: the agenda is being prepared; INVITED: everyone is invited; HELD: the minutes are recorded. */
public enum MeetingStatus {
    PLANNED, INVITED, HELD
}
