package de.akn.workflow.measure;

/** Types of audit-trail rows ({@code akn_measure_event.type}). */
public final class MeasureEventType {

    public static final String PROPOSED = "PROPOSED";
    public static final String EXPERT_REVIEW_REQUESTED = "EXPERT_REVIEW_REQUESTED";
    public static final String EXPERT_OPINION_GIVEN = "EXPERT_OPINION_GIVEN";
    public static final String REVISION_REQUESTED = "REVISION_REQUESTED";
    public static final String REVISED = "REVISED";
    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";
    public static final String COSIGN_REQUESTED = "COSIGN_REQUESTED";
    public static final String SHARE_CONFIRMATION_REQUESTED = "SHARE_CONFIRMATION_REQUESTED";
    public static final String SHARE_CONFIRMED = "SHARE_CONFIRMED";
    public static final String COSIGNED = "COSIGNED";
    public static final String DECLINED = "DECLINED";
    public static final String COUNCIL_PENDING = "COUNCIL_PENDING";
    public static final String NO_RESPONSE = "NO_RESPONSE";
    public static final String ADOPTED = "ADOPTED";
    public static final String NOT_ADOPTED = "NOT_ADOPTED";
    /** Joint events and brochures (module production): files, contributions, drafts and their sign-off. */
    public static final String FILE_UPLOADED = "FILE_UPLOADED";
    public static final String CONTRIBUTION_SUBMITTED = "CONTRIBUTION_SUBMITTED";
    public static final String DRAFT_UPLOADED = "DRAFT_UPLOADED";
    public static final String DRAFT_APPROVED = "DRAFT_APPROVED";
    public static final String DRAFT_CHANGES_REQUESTED = "DRAFT_CHANGES_REQUESTED";
    /** Funding (module funding): the application, the decision, the shares computed again. */
    public static final String FUNDING_APPLICATION_REQUESTED = "FUNDING_APPLICATION_REQUESTED";
    public static final String FUNDING_APPLIED = "FUNDING_APPLIED";
    public static final String FUNDING_GRANTED = "FUNDING_GRANTED";
    public static final String FUNDING_REJECTED = "FUNDING_REJECTED";
    public static final String FUNDING_CONCLUDED = "FUNDING_CONCLUDED";
    public static final String PROGRESS_REPORTED = "PROGRESS_REPORTED";
    public static final String FINAL_REPORT_SUBMITTED = "FINAL_REPORT_SUBMITTED";
    public static final String FINAL_REPORT_RETURNED = "FINAL_REPORT_RETURNED";
    public static final String FINAL_REPORT_ACCEPTED = "FINAL_REPORT_ACCEPTED";
    public static final String COMPLETED = "COMPLETED";
    /** Released for the public site, or withheld (module publicsite). */
    public static final String PUBLISHED = "PUBLISHED";
    public static final String PUBLICATION_WITHHELD = "PUBLICATION_WITHHELD";
    /** The council confirmed a town's urgent decision (module cosigning). */
    public static final String URGENT_DECISION_CONFIRMED = "URGENT_DECISION_CONFIRMED";
    /** Settlement (module settlement): costs, funding received, the settlement, overruns, payments. */
    public static final String COST_RECORDED = "COST_RECORDED";
    public static final String COST_CANCELLED = "COST_CANCELLED";
    public static final String FUNDING_RECEIVED = "FUNDING_RECEIVED";
    public static final String FUNDING_RECEIVED_CANCELLED = "FUNDING_RECEIVED_CANCELLED";
    public static final String SETTLEMENT_OPENED = "SETTLEMENT_OPENED";
    public static final String NOTHING_TO_SETTLE = "NOTHING_TO_SETTLE";
    public static final String OVERRUN_CONFIRMED = "OVERRUN_CONFIRMED";
    public static final String PAYMENT_CONFIRMED = "PAYMENT_CONFIRMED";
    public static final String SETTLED = "SETTLED";

    private MeasureEventType() {
    }
}
