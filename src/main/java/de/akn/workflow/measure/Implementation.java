package de.akn.workflow.measure;

import de.akn.workflow.common.Texts;

/**
 * Who implements a measure: JOINT — the lead member implements it, pays the invoices and asks the others for
 * their part; LOCAL — every signer implements its own part (a shared campaign run locally) and reports it.
 */
public enum Implementation {
    JOINT, LOCAL;

    /** German label ("gemeinsam durch die federführende Kommune", "vor Ort in jeder Kommune"). */
    public String label() {
        return Texts.label(this);
    }
}
