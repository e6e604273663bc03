package de.akn.workflow.measure;

import de.akn.workflow.common.Texts;

/** How a measure's synergy was found: estimated with the standalone factor, or measured after settlement. */
public enum SynergyMethod {
    ESTIMATE, MEASURED;

    /** German label ("Schätzung", "gemessen"). */
    public String label() {
        return Texts.label(this);
    }
}
