package de.akn.workflow.publicsite;

/** Ids and variables of {@code measure-publication}, the coordination's release for the public site. */
public final class PublicationProcess {

    public static final String PROCESS_KEY = "measure-publication";
    /** The message that starts it (thrown by {@code joint-measure} once a measure is adopted for good). */
    public static final String REQUESTED_MESSAGE = "measurePublicationRequested";
    public static final String TASK_RELEASE = "Task_ReleaseForPublication";
    /** The summary the public reads: the measure's summary to start with, editable. */
    public static final String PUBLIC_SUMMARY = "publicSummary";
    /** RELEASE or WITHHOLD. */
    public static final String PUBLICATION_DECISION = "publicationDecision";
    public static final String PUBLICATION_COMMENT = "publicationComment";
    /** The longest public summary. */
    public static final int PUBLIC_SUMMARY_LENGTH = 2000;

    private PublicationProcess() {
    }
}
