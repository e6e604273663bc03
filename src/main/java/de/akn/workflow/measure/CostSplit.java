package de.akn.workflow.measure;

import de.akn.workflow.common.Texts;

/** How a measure's cost and staff days are split among its signers. */
public enum CostSplit {
    EQUAL,
    POPULATION;

    /** German label for mails and reports. */
    public String label() {
        return Texts.label(this);
    }
}
