package de.akn.workflow.cosigning;

import java.util.List;

/** Ids and variable names of {@code measure-cosigning} (DESIGN.md), for the model, the listeners and the tests. */
public final class CosigningProcess {

    public static final String PROCESS_KEY = "measure-cosigning";

    public static final String TASK_COSIGN_DECISION = "Task_CosignDecision";
    public static final String TASK_RECORD_COUNCIL_DECISION = "Task_RecordCouncilDecision";
    public static final String TASK_CONFIRM_SHARE = "Task_ConfirmShare";
    public static final String TASK_INTERNAL_SIGN_OFF = "Task_InternalSignOff";
    public static final String TASK_CONFIRM_URGENT_DECISION = "Task_ConfirmUrgentDecision";

    /** The decisions a town takes about a measure: never by whoever reviewed it (separation of duties). */
    public static final java.util.Set<String> TOWN_DECISIONS = java.util.Set.of(TASK_COSIGN_DECISION,
            TASK_RECORD_COUNCIL_DECISION, TASK_CONFIRM_SHARE, TASK_INTERNAL_SIGN_OFF, TASK_CONFIRM_URGENT_DECISION);

    /** The element variable of the multi-instance: the member deciding. */
    public static final String MEMBER = "member";
    public static final String MEMBER_NAME = "memberName";
    /** Whether the deciding member is the lead member (its form explains that the proposal did not commit it). */
    public static final String LEAD_DECISION = "leadDecision";
    /** Who decides for the member ("Rat der Stadt Kaarst", "Kreistag des Rhein-Kreises Neuss"), shown in the forms. */
    public static final String COUNCIL_BODY = "councilBody";
    public static final String COSIGN_DECISION = "cosignDecision";
    public static final String COSIGN_COMMENT = "cosignComment";
    public static final String COUNCIL_MEETING_DATE = "councilMeetingDate";
    public static final String COUNCIL_DECISION = "councilDecision";
    /** What the town would have spent on the measure alone (optional; the measured synergy reads it). */
    public static final String STANDALONE_COST_EUR = "standaloneCostEur";
    /** The most the town will pay (default: the prospective share it was shown). */
    public static final String COST_CEILING_EUR = "costCeilingEur";
    /** A meeting chosen from the council information system (TT.MM.JJJJ), instead of typing its date. */
    public static final String COUNCIL_MEETING_CHOICE = "councilMeetingChoice";
    /** What the council information system says the council decided on the paper (OParl AgendaItem.result). */
    public static final String COUNCIL_AGENDA_RESULT = "councilAgendaResult";
    /** The council's paper (Drucksachen-Nr.). */
    public static final String COUNCIL_PAPER_REFERENCE = "councilPaperReference";
    /** Shown in the co-sign form: the town's share if every invited town co-signs. */
    public static final String PROSPECTIVE_COST_SHARE_EUR = "prospectiveCostShareEur";
    public static final String PROSPECTIVE_STAFF_DAYS_SHARE = "prospectiveStaffDaysShare";
    /** The same as German texts for the read-only form fields ("3.173,25 €"). */
    public static final String PROSPECTIVE_COST_SHARE_TEXT = "prospectiveCostShareText";
    public static final String PROSPECTIVE_STAFF_DAYS_TEXT = "prospectiveStaffDaysText";
    /** The share per budget year as German text ("2027: 1.586,63 €; 2028: 1.586,62 €"). */
    public static final String PROSPECTIVE_SHARES_BY_YEAR_TEXT = "prospectiveSharesByYearText";
    public static final String NEW_SHARES_BY_YEAR_TEXT = "newSharesByYearText";
    /** Why shares are confirmed: null after co-signing, {@code FUNDING} after a funding decision. */
    public static final String CONFIRMATION_CONTEXT = "confirmationContext";
    public static final String CONTEXT_FUNDING = "FUNDING";
    public static final String COST_CEILING_TEXT = "costCeilingText";
    public static final String NEW_COST_SHARE_TEXT = "newCostShareText";
    public static final String NEW_STAFF_DAYS_TEXT = "newStaffDaysText";
    /** The due date of the open decision, for the reminders. */
    public static final String COSIGN_DUE = "cosignDue";
    /** {@code Task_ConfirmShare}: ACCEPT or WITHDRAW ({@link de.akn.workflow.cosigning.ShareConfirmation}). */
    public static final String SHARE_CONFIRMATION = "shareConfirmation";
    /** Shown in the confirmation form: the share the signer would now carry. */
    public static final String NEW_COST_SHARE_EUR = "newCostShareEur";
    public static final String NEW_STAFF_DAYS_SHARE = "newStaffDaysShare";
    /** Whether a signer's final share exceeds its ceiling (then the shares are confirmed first). */
    public static final String CONFIRMATION_NEEDED = "shareConfirmationNeeded";
    /** The result: whether enough members signed. */
    public static final String QUORUM_REACHED = "quorumReached";
    /** The body a council reservation waits for (one of the member's bodies; default its council). */
    public static final String COUNCIL_BODY_ID = "councilBodyId";
    /** A referral (REFERRED): the body the matter goes to next. */
    public static final String NEXT_BODY_ID = "nextBodyId";
    /** Whether the town's yes waits for its Zeichnungsberechtigte ({@code Task_InternalSignOff}). */
    public static final String SIGN_OFF_NEEDED = "signOffNeeded";
    /** {@code Task_InternalSignOff}: APPROVE or REJECT, and why (required for REJECT). */
    public static final String SIGN_OFF_DECISION = "signOffDecision";
    public static final String SIGN_OFF_COMMENT = "signOffComment";
    /** Shown in the sign-off form: the decision to sign and where its Beschlussvorlage is. */
    public static final String DECISION_TEXT = "decisionText";
    public static final String COUNCIL_DRAFT_URL = "councilDraftUrl";
    /** {@code Task_ConfirmUrgentDecision}: CONFIRMED or REVOKED, and why (required for REVOKED). */
    public static final String URGENT_CONFIRMATION = "urgentConfirmation";
    public static final String URGENT_COMMENT = "urgentComment";
    public static final String URGENT_REASON = "urgentReason";
    public static final String COUNCIL_MEETING_TEXT = "councilMeetingText";
    /** The process that asks for the council's confirmation of an urgent decision. */
    public static final String URGENT_PROCESS = "urgent-decision-confirmation";

    /** Variables of one town's decision, local to its instance of the multi-instance sub-process. */
    public static final List<String> LOCAL_VARIABLES = List.of(COSIGN_DECISION, COSIGN_COMMENT, COUNCIL_MEETING_DATE,
            COUNCIL_DECISION, PROSPECTIVE_COST_SHARE_EUR, PROSPECTIVE_STAFF_DAYS_SHARE, COSIGN_DUE, COST_CEILING_EUR,
            COUNCIL_PAPER_REFERENCE, COUNCIL_MEETING_CHOICE, COUNCIL_AGENDA_RESULT, PROSPECTIVE_COST_SHARE_TEXT,
            PROSPECTIVE_STAFF_DAYS_TEXT, PROSPECTIVE_SHARES_BY_YEAR_TEXT, STANDALONE_COST_EUR, COUNCIL_BODY_ID,
            NEXT_BODY_ID, SIGN_OFF_DECISION, SIGN_OFF_COMMENT, DECISION_TEXT, COUNCIL_DRAFT_URL, COST_CEILING_TEXT);

    /** Variables of one signer's confirmation, local to its instance of the confirmation sub-process. */
    public static final List<String> CONFIRMATION_VARIABLES = List.of(SHARE_CONFIRMATION, COSIGN_COMMENT,
            NEW_COST_SHARE_EUR, NEW_STAFF_DAYS_SHARE, COST_CEILING_EUR, COSIGN_DUE, COST_CEILING_TEXT, NEW_COST_SHARE_TEXT,
            NEW_STAFF_DAYS_TEXT, NEW_SHARES_BY_YEAR_TEXT);

    private CosigningProcess() {
    }
}
