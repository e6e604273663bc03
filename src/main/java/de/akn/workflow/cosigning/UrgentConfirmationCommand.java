package de.akn.workflow.cosigning;

import static de.akn.workflow.cosigning.CosigningProcess.URGENT_COMMENT;
import static de.akn.workflow.cosigning.CosigningProcess.URGENT_CONFIRMATION;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.TextLimits;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code Task_ConfirmUrgentDecision} completed: the council's answer to an urgent decision, a comment (required
 * for REVOKED) and optionally its paper (Drucksachen-Nr.).
 */
public record UrgentConfirmationCommand(UrgentConfirmation answer, String comment, String councilPaperReference) {

    public static UrgentConfirmationCommand read(Map<String, ?> variables) {
        var errors = new LinkedHashMap<String, String>();
        UrgentConfirmation answer = Inputs.enumValue(UrgentConfirmation.class, variables.get(URGENT_CONFIRMATION));
        if (answer == null) {
            errors.put(URGENT_CONFIRMATION, Texts.text("urgent.missing"));
        }
        String comment = Inputs.text(variables.get(URGENT_COMMENT));
        if (answer == UrgentConfirmation.REVOKED && comment == null) {
            errors.put(URGENT_COMMENT, Texts.text("urgent.reason"));
        } else if (comment != null && comment.length() > TextLimits.TEXT) {
            errors.put(URGENT_COMMENT, Texts.text("sign-off.too-long", "max", GermanFormat.integer(TextLimits.TEXT)));
        }
        String paper = Inputs.text(variables.get(CosigningProcess.COUNCIL_PAPER_REFERENCE));
        ValidationProblem.throwIfAny(errors);
        return new UrgentConfirmationCommand(answer, comment, paper);
    }
}
