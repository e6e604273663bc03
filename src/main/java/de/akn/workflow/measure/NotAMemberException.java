package de.akn.workflow.measure;

import de.akn.workflow.common.ForbiddenProblem;

/** The user acts for no member of the alliance (answered with 403). */
public class NotAMemberException extends ForbiddenProblem {

    public NotAMemberException() {
        super("Ihr Konto ist keiner Mitgliedskommune zugeordnet; nur Klimaschutzmanager/innen der Mitglieder "
                + "können Maßnahmen vorschlagen.");
    }
}
