package de.akn.workflow.reporting;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.measure.MeasureCategory;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.SynergyEstimate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of an annual report, computed from the measures of the year: counts by status,
 * category, SDG and member; money and staff days planned, spent and saved (synergy estimate);
 * CO2 planned and reported; the measures completed in the year.
 */
final class AnnualReportFigures {


    final int year;
    final int measureCount;
    final Map<MeasureStatus, Integer> byStatus = new EnumMap<>(MeasureStatus.class);
    final Map<MeasureCategory, CategoryLine> byCategory = new EnumMap<>(MeasureCategory.class);
    final Map<Integer, Integer> bySdg = new TreeMap<>();
    final Map<String, MemberLine> byMember = new LinkedHashMap<>();
    final Totals totals;
    final List<MeasureSnapshot> completed = new ArrayList<>();
    final Collection<MeasureSnapshot> measures;

    record CategoryLine(int count, BigDecimal plannedCostEur) {
    }

    /** A member's part: measures it took part in, led, signed; its cost and staff-day shares. */
    static final class MemberLine {
        final String member;
        int participations;
        int led;
        int signed;
        BigDecimal costShareEur = BigDecimal.ZERO;
        BigDecimal staffDaysShare = BigDecimal.ZERO;

        MemberLine(String member) {
            this.member = member;
        }
    }

    /** Totals over the carried (adopted or completed) measures. */
    record Totals(int carried, BigDecimal plannedCostEur, BigDecimal plannedStaffDays, BigDecimal spentInYearEur,
            BigDecimal spentToDateEur, BigDecimal moneySavedEur, BigDecimal staffDaysSaved,
            BigDecimal co2PlannedPerYear, BigDecimal co2ReportedInYear, BigDecimal co2ReportedToDate,
            int settled, BigDecimal settledPlannedCostEur, BigDecimal actualCostEur, BigDecimal fundingReceivedEur,
            BigDecimal netActualCostEur, BigDecimal moneySavedMeasuredEur) {
    }

    AnnualReportFigures(int year, Collection<MeasureSnapshot> measures, List<String> memberOrder,
            BigDecimal standaloneFactor) {
        this.year = year;
        this.measures = measures;
        this.measureCount = measures.size();
        for (MeasureStatus status : MeasureStatus.values()) {
            byStatus.put(status, 0);
        }
        for (int sdg = 1; sdg <= 17; sdg++) {
            bySdg.put(sdg, 0);
        }
        memberOrder.forEach(id -> byMember.put(id, new MemberLine(id)));
        int carried = 0;
        BigDecimal plannedCost = BigDecimal.ZERO;
        BigDecimal plannedDays = BigDecimal.ZERO;
        BigDecimal spentInYear = BigDecimal.ZERO;
        BigDecimal spentToDate = BigDecimal.ZERO;
        BigDecimal moneySaved = BigDecimal.ZERO;
        BigDecimal daysSaved = BigDecimal.ZERO;
        BigDecimal co2Planned = BigDecimal.ZERO;
        BigDecimal co2InYear = BigDecimal.ZERO;
        BigDecimal co2ToDate = BigDecimal.ZERO;
        int settled = 0;
        BigDecimal settledPlanned = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        BigDecimal received = BigDecimal.ZERO;
        BigDecimal netActual = BigDecimal.ZERO;
        BigDecimal savedMeasured = BigDecimal.ZERO;
        for (MeasureSnapshot m : measures) {
            byStatus.merge(m.status, 1, Integer::sum);
            byCategory.merge(m.category, new CategoryLine(1, m.estimatedCostEur),
                    (a, b) -> new CategoryLine(a.count() + b.count(), a.plannedCostEur().add(b.plannedCostEur())));
            m.sdgs.forEach(sdg -> bySdg.merge(sdg, 1, Integer::sum));
            for (MeasureSnapshot.Share share : m.participations) {
                MemberLine line = byMember.computeIfAbsent(share.member(), MemberLine::new);
                line.participations++;
                if (share.lead()) {
                    line.led++;
                }
                if (m.isCarried() && share.status().isSigner()) {
                    line.signed++;
                    line.costShareEur = line.costShareEur.add(orZero(share.costShareEur()));
                    line.staffDaysShare = line.staffDaysShare.add(orZero(share.staffDaysShare()));
                }
            }
            if (m.isCarried()) {
                carried++;
                plannedCost = plannedCost.add(m.estimatedCostEur);
                plannedDays = plannedDays.add(m.estimatedStaffDays);
                spentInYear = spentInYear.add(m.spentInYear());
                spentToDate = spentToDate.add(m.spentToDate());
                var synergy = synergyOf(m, standaloneFactor);
                moneySaved = moneySaved.add(synergy.moneySavedEur());
                if (m.isSettled()) {
                    settled++;
                    settledPlanned = settledPlanned.add(m.estimatedCostEur);
                    actual = actual.add(m.actualCostEur);
                    received = received.add(orZero(m.fundingReceivedEur));
                    netActual = netActual.add(m.netActualCostEur);
                    savedMeasured = savedMeasured.add(synergy.moneySavedEur());
                }
                daysSaved = daysSaved.add(synergy.staffDaysSaved());
                co2Planned = co2Planned.add(orZero(m.co2PerYear));
                co2InYear = co2InYear.add(m.co2InYear());
                co2ToDate = co2ToDate.add(m.co2ToDate());
            }
            if (m.status == MeasureStatus.COMPLETED && m.completedAt != null && yearOf(m.completedAt) == year) {
                completed.add(m);
            }
        }
        this.totals = new Totals(carried, plannedCost, plannedDays, spentInYear, spentToDate, moneySaved, daysSaved,
                co2Planned, co2InYear, co2ToDate, settled, settledPlanned, actual, received, netActual, savedMeasured);
    }

    /** Estimated until the measure is settled, then measured (what the signers would have spent alone − net actual). */
    static SynergyEstimate synergyOf(MeasureSnapshot m, BigDecimal standaloneFactor) {
        if (m.isSettled()) {
            return SynergyEstimate.settled(m.moneySavedEur, m.estimatedStaffDays, m.signers().size(), standaloneFactor);
        }
        return SynergyEstimate.of(m.estimatedCostEur, m.estimatedStaffDays, m.signers().size(), standaloneFactor);
    }

    private static int yearOf(Instant instant) {
        return instant.atZone(GermanFormat.ZONE).getYear();
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
