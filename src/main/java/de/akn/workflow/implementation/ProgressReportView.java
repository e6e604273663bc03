package de.akn.workflow.implementation;

import de.akn.workflow.implementation.internal.ProgressReport;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One progress report as other modules and the measure resource see it ({@code reports} of
 * {@code GET /api/measures/{reference}}); amounts are cumulative since the measure began.
 */
public record ProgressReportView(String member, int reportNumber, Instant submittedAt, String submittedBy,
        int progressPercent, ProgressStatus progressStatus, BigDecimal spentEur, BigDecimal co2SavedTonnes,
        String progressText, String percentDecreaseReason, boolean finalReport) {

    static ProgressReportView of(ProgressReport r) {
        return new ProgressReportView(r.getMember(), r.getReportNumber(), r.getSubmittedAt(), r.getSubmittedBy(),
                r.getProgressPercent(), r.getProgressStatus(), r.getSpentEur(), r.getCo2SavedTonnes(),
                r.getProgressText(), r.getPercentDecreaseReason(), r.isFinalReport());
    }
}
