package de.akn.workflow.funding;

import java.util.List;

/** Ids and variable names of {@code measure-funding} (DESIGN.md), for the model, the listeners and the tests. */
public final class MeasureFundingProcess {

    public static final String PROCESS_KEY = "measure-funding";
    public static final String TASK_SUBMIT_APPLICATION = "Task_SubmitFundingApplication";
    public static final String TASK_RECORD_DECISION = "Task_RecordFundingDecision";

    /** The element variable of the multi-instance: the funding (one programme) being applied for. */
    public static final String FUNDING_ID = "fundingId";
    /** The application deadline as an engine date (due date and reminder timers). */
    public static final String FUNDING_DEADLINE = "fundingDeadline";
    /** When the application was requested: reminders whose time had passed then are not sent. */
    public static final String FUNDING_REQUESTED_AT = "fundingRequestedAt";
    /** Read-only texts of the forms. */
    public static final String PROGRAMME_NAME = "fundingProgrammeName";
    public static final String FUNDING_RATE_TEXT = "fundingRateText";
    public static final String FUNDING_AMOUNT_TEXT = "fundingAmountText";
    public static final String FUNDING_DEADLINE_TEXT = "fundingDeadlineText";
    public static final String FUNDING_APPLIED_ON_TEXT = "fundingAppliedOnText";
    /** {@code Task_SubmitFundingApplication}: the day the application was filed (TT.MM.JJJJ). */
    public static final String FUNDING_APPLIED_ON = "fundingAppliedOn";
    /** {@code Task_RecordFundingDecision}: GRANTED or REJECTED, the amount, the Förderkennzeichen, the day. */
    public static final String FUNDING_DECISION = "fundingDecision";
    public static final String GRANTED_AMOUNT_EUR = "grantedAmountEur";
    public static final String GRANT_REFERENCE = "grantReference";
    public static final String FUNDING_DECIDED_ON = "fundingDecidedOn";
    public static final String FUNDING_COMMENT = "fundingComment";

    /** Variables of one programme's application, local to its instance of the multi-instance sub-process. */
    public static final List<String> LOCAL_VARIABLES = List.of(FUNDING_DEADLINE, FUNDING_REQUESTED_AT, PROGRAMME_NAME,
            FUNDING_RATE_TEXT, FUNDING_AMOUNT_TEXT, FUNDING_DEADLINE_TEXT, FUNDING_APPLIED_ON_TEXT, FUNDING_APPLIED_ON,
            FUNDING_DECISION, GRANTED_AMOUNT_EUR, GRANT_REFERENCE, FUNDING_DECIDED_ON, FUNDING_COMMENT);

    private MeasureFundingProcess() {
    }
}
