package de.akn.workflow.absence;

/** Ids and variables of the process {@code absence} (Tasklist start form "Abwesenheit eintragen"). */
public final class AbsenceProcess {

    public static final String PROCESS_KEY = "absence";
    /** The person who filled in the form. */
    public static final String INITIATOR = "initiator";
    /** The absent person; empty in the form: the initiator itself. */
    public static final String USER_ID = "userId";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String DEPUTY = "deputy";
    /** Set by the start: the id of the stored absence. */
    public static final String ABSENCE_ID = "absenceId";

    private AbsenceProcess() {
    }
}
