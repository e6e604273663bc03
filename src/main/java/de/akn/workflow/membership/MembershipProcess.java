package de.akn.workflow.membership;

/** Ids and variables of the process {@code membership}. */
public final class MembershipProcess {

    public static final String PROCESS_KEY = "membership";
    public static final String TASK_RECORD_ACCESSION_DECISION = "Task_RecordAccessionDecision";

    public static final String INITIATOR = "initiator";
    /** JOIN or LEAVE. */
    public static final String ACTION = "action";
    /** The joining or leaving member's id. */
    public static final String MEMBER_ID = "memberId";
    /** The start form's choice of the leaving member (the form's {@code memberId} belongs to JOIN). */
    public static final String LEAVING_MEMBER_ID = "leavingMemberId";
    /** Its name with article, for forms ("die Stadt Neuss"). */
    public static final String MEMBER_LABEL = "memberLabel";
    /** What is asked, for task names and the business key: "Beitritt der Stadt Neuss". */
    public static final String REQUEST_LABEL = "requestLabel";
    // the joining town's data (JOIN)
    public static final String MEMBER_NAME = "memberName";
    public static final String MEMBER_KIND = "memberKind";
    public static final String MEMBER_POPULATION = "memberPopulation";
    public static final String MEMBER_EMAIL = "memberEmail";
    public static final String MEMBER_COUNCIL_BODY = "memberCouncilBody";
    // Task_RecordAccessionDecision
    public static final String ACCESSION_DECISION = "accessionDecision";
    public static final String COUNCIL_DECISION_DATE = "councilDecisionDate";
    public static final String ACCESSION_COMMENT = "accessionComment";

    private MembershipProcess() {
    }
}
