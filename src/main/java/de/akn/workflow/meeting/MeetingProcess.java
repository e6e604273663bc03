package de.akn.workflow.meeting;

/** Ids and variables of the processes {@code alliance-meeting} and {@code action-item}. */
public final class MeetingProcess {

    public static final String PROCESS_KEY = "alliance-meeting";
    /** Starts a meeting the coordinator planned (the scheduled start is a timer). */
    public static final String MESSAGE_PLANNED = "MeetingPlanned";
    public static final String TASK_PREPARE_AGENDA = "Task_PrepareAgenda";
    public static final String TASK_RECORD_MINUTES = "Task_RecordMinutes";
    public static final String TIMER_MEETING_DAY = "Timer_MeetingDay";

    public static final String ACTION_ITEM_PROCESS_KEY = "action-item";
    public static final String TASK_ACTION_ITEM = "Task_ActionItem";

    /** Who planned the meeting (API). */
    public static final String INITIATOR = "initiator";
    /** The meeting's id in {@code akn_meeting}; null when a scheduled start found a meeting already planned. */
    public static final String MEETING_ID = "meetingId";
    /** "Sitzung am 10.02.2027": task names and the business key. */
    public static final String MEETING_LABEL = "meetingLabel";
    /** The chair's member id (group {@code member-<chair>} records the minutes). */
    public static final String CHAIR = "chair";
    public static final String CHAIR_NAME = "chairName";
    // Task_PrepareAgenda (editable; pre-filled)
    public static final String MEETING_DATE = "meetingDate";
    public static final String MEETING_TIME = "meetingTime";
    public static final String MEETING_PLACE = "meetingPlace";
    /** When the invitation is due (the due date of Task_PrepareAgenda). */
    public static final String AGENDA_DUE = "agendaDue";
    /** One agenda item per line; a measure's reference in square brackets at the end of its line. */
    public static final String AGENDA_TEXT = "agendaText";
    /** When the meeting begins (the timer before the minutes). */
    public static final String MEETING_START = "meetingStart";
    /** The due date of the minutes: the day after the meeting. */
    public static final String MINUTES_DUE = "minutesDue";
    // Task_RecordMinutes
    public static final String MINUTES_TEXT = "minutesText";
    /** JSON list of {@code {"title", "member", "due"}} (API, engine REST). */
    public static final String ACTION_ITEMS = "actionItems";
    /** The form's rows: {@code actionItem1Title}, {@code actionItem1Member}, {@code actionItem1Due} … */
    public static final String ACTION_ITEM_ROW = "actionItem";
    public static final int ACTION_ITEM_ROWS = 5;
    // action-item
    public static final String ACTION_ITEM_ID = "actionItemId";
    public static final String ACTION_TITLE = "actionTitle";
    public static final String ACTION_MEMBER = "actionMember";
    public static final String ACTION_MEMBER_NAME = "actionMemberName";
    public static final String ACTION_DUE = "actionDue";
    public static final String ACTION_DUE_TEXT = "actionDueText";
    public static final String ACTION_RESULT = "actionResult";

    private MeetingProcess() {
    }
}
