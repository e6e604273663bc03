package de.akn.workflow.reporting;

import de.akn.workflow.implementation.ReportedProgress;
import de.akn.workflow.measure.Implementation;
import de.akn.workflow.measure.MeasureCategory;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.ParticipationStatus;
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
    ReportedProgress latest;
    ReportedProgress beforeYear;

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
    public ReportedProgress latest() {
        return latest;
    }

    public boolean isCarried() {
        return status == MeasureStatus.ADOPTED || status == MeasureStatus.COMPLETED;
    }

    public List<Share> signers() {
        return participations.stream().filter(p -> p.status.isSigner()).toList();
    }

    public BigDecimal spentToDate() {
        return latest == null ? BigDecimal.ZERO : latest.spentEur();
    }

    public BigDecimal spentInYear() {
        return spentToDate().subtract(beforeYear == null ? BigDecimal.ZERO : beforeYear.spentEur());
    }

    public BigDecimal co2ToDate() {
        return latest == null || latest.co2SavedTonnes() == null ? BigDecimal.ZERO : latest.co2SavedTonnes();
    }

    public BigDecimal co2InYear() {
        return co2ToDate().subtract(beforeYear == null || beforeYear.co2SavedTonnes() == null ? BigDecimal.ZERO
                : beforeYear.co2SavedTonnes());
    }

    /** Whether the settlement between the members is complete (the actual figures are known). */
    public boolean isSettled() {
        return netActualCostEur != null;
    }

    public record Share(String member, ParticipationStatus status, BigDecimal costShareEur, BigDecimal staffDaysShare,
            boolean lead) {
    }
}
