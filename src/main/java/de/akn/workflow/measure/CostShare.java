package de.akn.workflow.measure;

import java.math.BigDecimal;
import java.util.List;

/**
 * A member's share of a measure: cost in EUR (to the cent), staff days (to the tenth) and the cost per
 * budget year (adding up to the cost share).
 */
public record CostShare(BigDecimal costEur, BigDecimal staffDays, List<YearAmount> byYear) {

    public CostShare {
        byYear = List.copyOf(byYear);
    }

    /** All of it in no particular budget year. */
    public CostShare(BigDecimal costEur, BigDecimal staffDays) {
        this(costEur, staffDays, List.of());
    }

    /** The same share with its cost per budget year. */
    public CostShare withYears(List<YearAmount> years) {
        return new CostShare(costEur, staffDays, years);
    }
}
