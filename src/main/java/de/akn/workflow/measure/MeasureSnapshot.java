package de.akn.workflow.measure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A measure as read for a report year ({@link MeasureSnapshots}), without entities: its plan, its participations and what its
 * progress reports said by the end of the year (amounts cumulative since the measure began).
 */
public final class MeasureSnapshot {

    public final long id;
    public final String reference;
    public final String title;
    public final MeasureCategory category;
    public final MeasureStatus status;
    public final String leadMember;
    public final BigDecimal estimatedCostEur;
    public final BigDecimal estimatedStaffDays;
    public final BigDecimal co2PerYear;
    public final Instant completedAt;
    public final List<Integer> sdgs = new ArrayList<>();
    public final List<Share> participations = new ArrayList<>();
    /** The latest report up to the end of the year, and the latest before the year began. */
    Report latest;
    Report beforeYear;

    MeasureSnapshot(long id, String reference, String title, MeasureCategory category, MeasureStatus status,
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

    /** The latest report up to the end of the year, or null. */
    public Report latest() {
        return latest;
    }

    public boolean isCarried() {
        return status == MeasureStatus.ADOPTED || status == MeasureStatus.COMPLETED;
    }

    public List<Share> signers() {
        return participations.stream().filter(p -> p.status.isSigner()).toList();
    }

    public BigDecimal spentToDate() {
        return latest == null ? BigDecimal.ZERO : latest.spentEur;
    }

    public BigDecimal spentInYear() {
        return spentToDate().subtract(beforeYear == null ? BigDecimal.ZERO : beforeYear.spentEur);
    }

    public BigDecimal co2ToDate() {
        return latest == null || latest.co2SavedTonnes == null ? BigDecimal.ZERO : latest.co2SavedTonnes;
    }

    public BigDecimal co2InYear() {
        return co2ToDate().subtract(beforeYear == null || beforeYear.co2SavedTonnes == null ? BigDecimal.ZERO
                : beforeYear.co2SavedTonnes);
    }

    public record Share(String member, ParticipationStatus status, BigDecimal costShareEur, BigDecimal staffDaysShare,
            boolean lead) {
    }

    public record Report(int number, int percent, BigDecimal spentEur, BigDecimal co2SavedTonnes, String text,
            boolean finalReport) {
    }
}
