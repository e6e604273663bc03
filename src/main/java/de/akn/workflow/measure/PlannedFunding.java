package de.akn.workflow.measure;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Funding a proposal plans (validated): a programme ({@code krl}, {@code progres-nrw} …) with its name as
 * people read it, its rate of the cost in percent, the amount, and the day the application is due.
 */
public record PlannedFunding(String programme, String programmeName, BigDecimal ratePercent, BigDecimal amountEur,
        LocalDate applicationDeadline) {
}
