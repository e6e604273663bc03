package de.akn.workflow.measure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

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
    /** JOINT or LOCAL; after the settlement the actual cost, the funding received and what the members bore. */
    public Implementation implementation = Implementation.JOINT;
    public BigDecimal actualCostEur;
    public BigDecimal fundingReceivedEur;
    public BigDecimal netActualCostEur;
    /** The money saved as measured at the settlement (null before). */
    public BigDecimal moneySavedEur;
    /** How the CO2 savings were determined (free text, may be null). */
    public String co2Method;
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

    /** Whether the settlement between the members is complete (the actual figures are known). */
    public boolean isSettled() {
        return netActualCostEur != null;
    }

    public record Share(String member, ParticipationStatus status, BigDecimal costShareEur, BigDecimal staffDaysShare,
            boolean lead) {
    }

    public record Report(int number, int percent, BigDecimal spentEur, BigDecimal co2SavedTonnes, String text,
            boolean finalReport) {

        /**
         * The measure's progress from its reporting members' latest reports: the mean percentage over all
         * {@code reporters} (one that has not reported counts 0), amounts added up; final when all are final.
         * One reporter (JOINT): its report as it is.
         */
        static Report aggregate(Collection<Report> latest, int reporters) {
            if (latest.isEmpty()) {
                return null;
            }
            if (latest.size() == 1 && reporters <= 1) {
                return latest.iterator().next();
            }
            int count = Math.max(reporters, latest.size());
            int percent = (int) Math.round(latest.stream().mapToInt(Report::percent).sum() / (double) count);
            BigDecimal spent = latest.stream().map(Report::spentEur).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal co2 = latest.stream().map(Report::co2SavedTonnes).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            int number = latest.stream().mapToInt(Report::number).max().orElse(0);
            boolean allFinal = latest.size() >= count && latest.stream().allMatch(Report::finalReport);
            String text = latest.stream().reduce((a, b) -> b).map(Report::text).orElse(null);
            return new Report(number, percent, spent, co2, text, allFinal);
        }
    }
}
