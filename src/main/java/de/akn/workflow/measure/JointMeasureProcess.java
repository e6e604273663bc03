package de.akn.workflow.measure;

/** Ids and variable names of {@code joint-measure} and {@code measure-review} (DESIGN.md). */
public final class JointMeasureProcess {

    public static final String PROCESS_KEY = "joint-measure";
    public static final String REVIEW_PROCESS_KEY = "measure-review";
    public static final String START_FORM = "joint-measure-start";

    public static final String MEASURE_ID = "measureId";
    public static final String REFERENCE = "reference";
    public static final String TITLE = "title";
    public static final String PROPOSER = "proposer";
    public static final String LEAD_MEMBER = "leadMember";
    public static final String LEAD_MEMBER_NAME = "leadMemberName";
    public static final String INVITED_MEMBERS = "invitedMembers";
    public static final String INVITED_MEMBER_NAMES = "invitedMemberNames";
    public static final String CATEGORY_LABEL = "categoryLabel";

    public static final String EXPERT_REVIEW_REQUIRED = "expertReviewRequired";
    public static final String EXPERT_OPINION = "expertOpinion";
    public static final String EXPERT_RECOMMENDATION = "expertRecommendation";
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String REVIEW_COMMENT = "reviewComment";

    public static final String TASK_EXPERT_REVIEW = "Task_ExpertReview";
    public static final String TASK_FORMAL_REVIEW = "Task_FormalReview";
    public static final String TASK_REVISE_PROPOSAL = "Task_ReviseProposal";

    private JointMeasureProcess() {
    }
}
