package de.akn.workflow.report;

import de.akn.workflow.measure.MeasureCategory;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.ParticipationStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One measure as the annual report sees it: its plan, its participations and what its
 * progress reports said by the end of the year (amounts cumulative since the measure began).
 */
final class ReportMeasure {

    final long id;
    final String reference;
    final String title;
    final MeasureCategory category;
    final MeasureStatus status;
    final String leadMember;
    final BigDecimal estimatedCostEur;
    final BigDecimal estimatedStaffDays;
    final BigDecimal co2PerYear;
    final Instant completedAt;
    final List<Integer> sdgs = new ArrayList<>();
    final List<Share> participations = new ArrayList<>();
    /** The latest report up to the end of the year, and the latest before the year began. */
    Report latest;
    Report beforeYear;

    ReportMeasure(long id, String reference, String title, MeasureCategory category, MeasureStatus status,
            String leadMember, BigDecimal estimatedCostEur, BigDecimal estimatedStaffDays, BigDecimal co2PerYear,
            Instant completedAt) {
        this.id = id;
        this.reference = reference;
        this.title = title;
        this.category = category;
        this.status = status;
        this.leadMember = leadMember;
        this.estimatedCostEur = estimatedCostEur;
        this.estimatedStaffDays = estimatedStaffDays;
        this.co2PerYear = co2PerYear;
        this.completedAt = completedAt;
    }

    boolean isCarried() {
        return status == MeasureStatus.ADOPTED || status == MeasureStatus.COMPLETED;
    }

    List<Share> signers() {
        return participations.stream().filter(p -> p.status == ParticipationStatus.LEAD
                || p.status == ParticipationStatus.COSIGNED).toList();
    }

    BigDecimal spentToDate() {
        return latest == null ? BigDecimal.ZERO : latest.spentEur;
    }

    BigDecimal spentInYear() {
        return spentToDate().subtract(beforeYear == null ? BigDecimal.ZERO : beforeYear.spentEur);
    }

    BigDecimal co2ToDate() {
        return latest == null || latest.co2SavedTonnes == null ? BigDecimal.ZERO : latest.co2SavedTonnes;
    }

    BigDecimal co2InYear() {
        return co2ToDate().subtract(beforeYear == null || beforeYear.co2SavedTonnes == null ? BigDecimal.ZERO
                : beforeYear.co2SavedTonnes);
    }

    record Share(String member, ParticipationStatus status, BigDecimal costShareEur, BigDecimal staffDaysShare) {
    }

    record Report(int number, int percent, BigDecimal spentEur, BigDecimal co2SavedTonnes, String text,
            boolean finalReport) {
    }
}
