package de.akn.workflow.review;

import static de.akn.workflow.review.ReviewProcess.REVIEW_COMMENT;
import static de.akn.workflow.review.ReviewProcess.REVIEW_DECISION;

import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.TextLimits;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import java.util.Map;

/** The coordinator's decision on a proposal; a comment is required unless it approves. */
public record FormalReview(ReviewDecision decision, String comment) {

    /** From the task's variables; invalid values throw {@link ValidationProblem}. */
    public static FormalReview of(Map<String, ?> variables) {
        ReviewDecision decision = Inputs.enumValue(ReviewDecision.class, variables.get(REVIEW_DECISION));
        if (decision == null) {
            throw ValidationProblem.of(REVIEW_DECISION, Texts.text("formal-review.decision.missing"));
        }
        String comment = Inputs.text(variables.get(REVIEW_COMMENT));
        if (decision != ReviewDecision.APPROVE && comment == null) {
            throw ValidationProblem.of(REVIEW_COMMENT, Texts.text(decision == ReviewDecision.REVISE
                    ? "formal-review.revise.reason" : "formal-review.reject.reason"));
        }
        if (comment != null && comment.length() > TextLimits.TEXT) {
            throw ValidationProblem.of(REVIEW_COMMENT, TextLimits.tooLong(Texts.text("formal-review.comment.what")));
        }
        return new FormalReview(decision, comment);
    }
}
