package de.akn.workflow.implementation;

import de.akn.workflow.common.Texts;

/** How an adopted measure is doing, as its proposer reports it. */
public enum ProgressStatus {
    ON_TRACK,
    DELAYED,
    AT_RISK;

    /** German label for mails, reports and forms. */
    public String label() {
        return Texts.label(this);
    }
}
