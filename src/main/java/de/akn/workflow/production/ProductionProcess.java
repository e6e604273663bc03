package de.akn.workflow.production;

/** Ids and variable names of {@code measure-production}, for the model, the listeners and the tests. */
public final class ProductionProcess {

    public static final String PROCESS_KEY = "measure-production";

    public static final String TASK_CONTRIBUTION = "Task_Contribution";
    public static final String TASK_UPLOAD_DRAFT = "Task_UploadDraft";
    public static final String TASK_APPROVE_DRAFT = "Task_ApproveDraft";

    /** The signer of a contribution or sign-off task (element variable of the multi-instance). */
    public static final String MEMBER = "member";

    public static final String CONTRIBUTION_TEXT = "contributionText";

    /** Optional in the draft form: which uploaded draft to submit; without it, the latest new one. */
    public static final String DRAFT_FILE_ID = "draftFileId";
    public static final String DRAFT_NOTE = "draftNote";
    /** Shown in the forms: the draft's file name and where to read it, the draft round (1, 2 …). */
    public static final String DRAFT_FILE_NAME = "draftFileName";
    public static final String DRAFT_URL = "draftUrl";
    public static final String DRAFT_ROUND = "draftRound";
    /** Shown in the draft form after a round with change requests: the signers' comments. */
    public static final String CHANGE_REQUESTS = "changeRequests";

    public static final String DRAFT_APPROVAL = "draftApproval";
    public static final String DRAFT_COMMENT = "draftComment";
    /** Set after each round of sign-offs: every signer approved. */
    public static final String DRAFT_APPROVED = "draftApproved";

    /** Shown in the forms: where files are uploaded (POST, multipart, field {@code file}). */
    public static final String UPLOAD_URL = "uploadUrl";

    private ProductionProcess() {
    }
}
