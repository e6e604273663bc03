package de.akn.workflow.implementation;

import java.math.BigDecimal;

/**
 * What a progress report says, validated (rules: {@link ProgressReportValidator}).
 * Amounts are cumulative since the measure began.
 */
public record ProgressFigures(int progressPercent, ProgressStatus progressStatus, BigDecimal spentEur,
        BigDecimal co2SavedTonnes, String progressText, String percentDecreaseReason, boolean finalReport) {
}
