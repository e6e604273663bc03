package de.akn.workflow.implementation;

import static de.akn.workflow.implementation.ImplementationProcess.ACCEPT_COMMENT;
import static de.akn.workflow.implementation.ImplementationProcess.ACCEPT_DECISION;

import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.TextLimits;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import java.util.Map;

/** The coordinator's decision on a final report; asking for changes needs a comment. */
public record FinalReportDecision(AcceptDecision decision, String comment) {

    /** From the task's variables; invalid values throw {@link ValidationProblem}. */
    public static FinalReportDecision of(Map<String, ?> variables) {
        AcceptDecision decision = Inputs.enumValue(AcceptDecision.class, variables.get(ACCEPT_DECISION));
        String comment = Inputs.text(variables.get(ACCEPT_COMMENT));
        if (decision == null) {
            throw ValidationProblem.of(ACCEPT_DECISION, Texts.text("final-report.decision.missing"));
        }
        if (decision == AcceptDecision.REQUEST_CHANGES && comment == null) {
            throw ValidationProblem.of(ACCEPT_COMMENT, Texts.text("final-report.changes.missing"));
        }
        if (comment != null && comment.length() > TextLimits.TEXT) {
            throw ValidationProblem.of(ACCEPT_COMMENT, TextLimits.tooLong(Texts.text("final-report.comment.what")));
        }
        return new FinalReportDecision(decision, comment);
    }
}
