package de.akn.workflow.measure;

import java.math.BigDecimal;

/** A member's share of a measure: cost in EUR (to the cent) and staff days (to the tenth). */
public record CostShare(BigDecimal costEur, BigDecimal staffDays) {
}
