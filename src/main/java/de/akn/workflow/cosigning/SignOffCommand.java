package de.akn.workflow.cosigning;

import static de.akn.workflow.cosigning.CosigningProcess.SIGN_OFF_COMMENT;
import static de.akn.workflow.cosigning.CosigningProcess.SIGN_OFF_DECISION;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.TextLimits;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code Task_InternalSignOff} completed: the Zeichnungsberechtigte's answer and comment (required for REJECT). */
public record SignOffCommand(SignOffDecision decision, String comment) {

    public static SignOffCommand read(Map<String, ?> variables) {
        var errors = new LinkedHashMap<String, String>();
        SignOffDecision decision = Inputs.enumValue(SignOffDecision.class, variables.get(SIGN_OFF_DECISION));
        if (decision == null) {
            errors.put(SIGN_OFF_DECISION, Texts.text("sign-off.missing"));
        }
        String comment = Inputs.text(variables.get(SIGN_OFF_COMMENT));
        if (decision == SignOffDecision.REJECT && comment == null) {
            errors.put(SIGN_OFF_COMMENT, Texts.text("sign-off.reason"));
        } else if (comment != null && comment.length() > TextLimits.TEXT) {
            errors.put(SIGN_OFF_COMMENT, Texts.text("sign-off.too-long", "max", GermanFormat.integer(TextLimits.TEXT)));
        }
        ValidationProblem.throwIfAny(errors);
        return new SignOffCommand(decision, comment);
    }
}
