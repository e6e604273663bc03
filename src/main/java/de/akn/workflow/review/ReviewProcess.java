package de.akn.workflow.review;

/** Ids and variable names of {@code measure-review} (DESIGN.md), for the model, the listeners and the tests. */
public final class ReviewProcess {

    public static final String PROCESS_KEY = "measure-review";
    public static final String DECISION_ROUTING = "review-routing";

    public static final String TASK_EXPERT_REVIEW = "Task_ExpertReview";
    public static final String TASK_FORMAL_REVIEW = "Task_FormalReview";
    public static final String TASK_REVISE_PROPOSAL = "Task_ReviseProposal";

    public static final String EXPERT_REVIEW_REQUIRED = "expertReviewRequired";
    public static final String EXPERT_OPINION = "expertOpinion";
    public static final String EXPERT_RECOMMENDATION = "expertRecommendation";
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String REVIEW_COMMENT = "reviewComment";
    /** The strategic partner's name for the forms' labels (from the member data, never hard-coded). */
    public static final String PARTNER_NAME = "partnerName";
    /** How often the proposal came back revised; the coordinator is mailed from the first revision on. */
    public static final String REVISION_ROUND = "revisionRound";

    private ReviewProcess() {
    }
}
