package de.akn.workflow.membership;

import de.akn.workflow.common.Texts;

/** What the membership process does. */
public enum MembershipAction {
    JOIN, LEAVE;

    /** "Beitritt", "Austritt" ({@code label.MembershipAction.*}). */
    public String label() {
        return Texts.label(this);
    }
}
