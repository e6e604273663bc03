package de.akn.workflow.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The funding programmes a proposal may plan with, as the measure module needs them to check a proposal:
 * the funding module provides them (the measure module does not depend on it).
 */
public interface FundingCatalog {

    /** No programmes (a proposal that plans funding is refused). */
    FundingCatalog NONE = (programme, today) -> Optional.empty();

    /** The programme's terms, or empty if there is no such programme. */
    Optional<Terms> terms(String programme, LocalDate today);

    /**
     * @param name            as people read it, e.g. "Kommunalrichtlinie (NKI)"
     * @param maxRatePercent  the highest rate of the cost it funds
     * @param nextCallCloses  the closing day of its next call (open or opening) on or after today, or null
     */
    record Terms(String name, BigDecimal maxRatePercent, LocalDate nextCallCloses) {
    }
}
