package de.akn.workflow.implementation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/**
 * A measure's progress as its progress reports tell it (for read models such as the annual report
 * and the public site): one report, or the aggregate of the reporting members' latest reports.
 * Amounts are cumulative since the measure began.
 */
public record ReportedProgress(int number, int percent, BigDecimal spentEur, BigDecimal co2SavedTonnes, String text,
        boolean finalReport) {

    /**
     * The measure's progress from its reporting members' latest reports: the mean percentage over all
     * {@code reporters} (one that has not reported counts 0), amounts added up; final when all are final.
     * One reporter (JOINT): its report as it is.
     */
    public static ReportedProgress aggregate(Collection<ReportedProgress> latest, int reporters) {
        if (latest.isEmpty()) {
            return null;
        }
        if (latest.size() == 1 && reporters <= 1) {
            return latest.iterator().next();
        }
        int count = Math.max(reporters, latest.size());
        int percent = (int) Math.round(latest.stream().mapToInt(ReportedProgress::percent).sum() / (double) count);
        BigDecimal spent = latest.stream().map(ReportedProgress::spentEur).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal co2 = latest.stream().map(ReportedProgress::co2SavedTonnes).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int number = latest.stream().mapToInt(ReportedProgress::number).max().orElse(0);
        boolean allFinal = latest.size() >= count && latest.stream().allMatch(ReportedProgress::finalReport);
        String text = latest.stream().reduce((a, b) -> b).map(ReportedProgress::text).orElse(null);
        return new ReportedProgress(number, percent, spent, co2, text, allFinal);
    }
}
