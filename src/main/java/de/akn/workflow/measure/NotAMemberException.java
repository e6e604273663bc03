package de.akn.workflow.measure;

import de.akn.workflow.common.ForbiddenProblem;
import de.akn.workflow.common.Texts;

/** The user acts for no member of the alliance (answered with 403). */
public class NotAMemberException extends ForbiddenProblem {

    public NotAMemberException() {
        super(Texts.text("measure.not-a-member"));
    }
}
