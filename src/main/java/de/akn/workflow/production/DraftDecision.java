package de.akn.workflow.production;

import static de.akn.workflow.production.ProductionProcess.DRAFT_APPROVAL;
import static de.akn.workflow.production.ProductionProcess.DRAFT_COMMENT;

import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.TextLimits;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import java.util.Map;

/** A signer's sign-off of the draft: approve, or ask for changes (which needs a comment). */
public record DraftDecision(Approval approval, String comment) {

    /** The values of {@code draftApproval}. */
    public enum Approval {
        APPROVE,
        CHANGES
    }

    /** From the task's variables; invalid values throw {@link ValidationProblem} (German). */
    public static DraftDecision of(Map<String, ?> variables) {
        Approval approval = Inputs.enumValue(Approval.class, variables.get(DRAFT_APPROVAL));
        String comment = Inputs.text(variables.get(DRAFT_COMMENT));
        if (approval == null) {
            throw ValidationProblem.of(DRAFT_APPROVAL,
                    Texts.text("production.approval.missing"));
        }
        if (approval == Approval.CHANGES && comment == null) {
            throw ValidationProblem.of(DRAFT_COMMENT,
                    Texts.text("production.changes.missing"));
        }
        if (comment != null && comment.length() > TextLimits.TEXT) {
            throw ValidationProblem.of(DRAFT_COMMENT, TextLimits.tooLong(Texts.text("production.comment.what")));
        }
        return new DraftDecision(approval, comment);
    }
}
