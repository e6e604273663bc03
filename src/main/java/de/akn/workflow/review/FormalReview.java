package de.akn.workflow.review;

import static de.akn.workflow.review.ReviewProcess.REVIEW_COMMENT;
import static de.akn.workflow.review.ReviewProcess.REVIEW_DECISION;

import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.TextLimits;
import de.akn.workflow.common.ValidationProblem;
import java.util.Map;

/** The coordinator's decision on a proposal; a comment is required unless it approves. */
public record FormalReview(ReviewDecision decision, String comment) {

    /** From the task's variables; invalid values throw {@link ValidationProblem}. */
    public static FormalReview of(Map<String, ?> variables) {
        ReviewDecision decision = Inputs.enumValue(ReviewDecision.class, variables.get(REVIEW_DECISION));
        if (decision == null) {
            throw ValidationProblem.of(REVIEW_DECISION, "Bitte entscheiden: freigeben, zur Überarbeitung "
                    + "zurückgeben oder ablehnen.");
        }
        String comment = Inputs.text(variables.get(REVIEW_COMMENT));
        if (decision != ReviewDecision.APPROVE && comment == null) {
            throw ValidationProblem.of(REVIEW_COMMENT, decision == ReviewDecision.REVISE
                    ? "Bitte begründen Sie, was überarbeitet werden soll."
                    : "Bitte begründen Sie die Ablehnung.");
        }
        if (comment != null && comment.length() > TextLimits.TEXT) {
            throw ValidationProblem.of(REVIEW_COMMENT, TextLimits.tooLong("Der Kommentar"));
        }
        return new FormalReview(decision, comment);
    }
}
