package de.akn.workflow.measure.web;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import de.akn.workflow.measure.CostSplit;
import de.akn.workflow.measure.Funding;
import de.akn.workflow.measure.FundingStatus;
import de.akn.workflow.measure.Implementation;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureCategory;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.measure.ParticipationStatus;
import de.akn.workflow.measure.SynergyEstimate;
import de.akn.workflow.measure.SynergyMethod;
import de.akn.workflow.measure.YearAmount;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The measure resource of DESIGN.md. */
record MeasureDto(Long id, String reference, String title, String summary, MeasureCategory category, Set<Integer> sdgs,
        String leadMember, String proposer, MeasureStatus status, BigDecimal estimatedCostEur,
        BigDecimal estimatedStaffDays, BigDecimal co2SavingsTonnesPerYear, CostSplit costSplit, LocalDate plannedStart,
        LocalDate plannedEnd, List<YearAmount> budget, List<FundingDto> funding, BigDecimal netCostEur,
        Implementation implementation, BigDecimal actualCostEur, BigDecimal fundingReceivedEur,
        BigDecimal netActualCostEur, boolean published, String publicSummary, String co2Method,
        Integer co2LifetimeYears, Integer eeaField,
        String processInstanceId, List<ParticipationDto> participations,
        SynergyDto synergy, @JsonIgnore Map<String, Object> parts) {

    /** Without the other modules' fields, e.g. the progress reports (lists). */
    static MeasureDto of(Measure m, SynergyEstimate synergy) {
        return of(m, synergy, Map.of());
    }

    /** With the fields other modules add ({@link de.akn.workflow.measure.MeasureDossierPart}). */
    static MeasureDto of(Measure m, SynergyEstimate synergy, Map<String, Object> parts) {
        return new MeasureDto(m.getId(), m.getReference(), m.getTitle(), m.getSummary(), m.getCategory(),
                m.getSdgs(), m.getLeadMember(), m.getProposer(), m.getStatus(), m.getEstimatedCostEur(),
                m.getEstimatedStaffDays(), m.getCo2SavingsTonnesPerYear(), m.getCostSplit(), m.getPlannedStart(),
                m.getPlannedEnd(), m.getBudget(), m.getFunding().stream().map(FundingDto::of).toList(), m.netCostEur(),
                m.getImplementation(), m.getActualCostEur(), m.getFundingReceivedEur(), m.getNetActualCostEur(),
                m.isPublished(), m.getPublicSummary(), m.getCo2Method(), m.getCo2LifetimeYears(), m.getEeaField(),
                m.getProcessInstanceId(),
                m.getParticipations().stream().map(ParticipationDto::of).toList(),
                synergy == null ? null : new SynergyDto(synergy.moneySavedEur(), synergy.staffDaysSaved(),
                        synergy.signers(), synergy.method()), java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parts)));
    }

    /** The other modules' fields, e.g. the progress {@code reports}, the {@code contributions} of a joint brochure. */
    @JsonAnyGetter
    Map<String, Object> dossierParts() {
        return parts;
    }

    /** The synergy estimate (DESIGN.md), for adopted and completed measures. */
    record SynergyDto(BigDecimal moneySavedEur, BigDecimal staffDaysSaved, int signers, SynergyMethod method) {
    }

    record ParticipationDto(String member, boolean lead, ParticipationStatus status, BigDecimal costShareEur,
            List<YearAmount> costSharesByYear, BigDecimal staffDaysShare, BigDecimal costCeilingEur,
            BigDecimal standaloneCostEur, String decidedBy, Instant decidedAt, LocalDate councilMeetingDate,
            String comment) {
        static ParticipationDto of(Participation p) {
            return new ParticipationDto(p.getMemberId(), p.isLead(), p.getStatus(), p.getCostShareEur(),
                    p.getCostSharesByYear(), p.getStaffDaysShare(), p.getCostCeilingEur(), p.getStandaloneCostEur(),
                    p.getDecidedBy(),
                    p.getDecidedAt(), p.getCouncilMeetingDate(), p.getComment());
        }
    }

    /** Funding from one programme: planned, applied for, granted or rejected (DESIGN.md). */
    record FundingDto(Long id, String programme, String programmeName, BigDecimal ratePercent, BigDecimal amountEur,
            FundingStatus status, LocalDate applicationDeadline, LocalDate appliedOn, LocalDate decidedOn,
            BigDecimal grantedAmountEur, String grantReference) {
        static FundingDto of(Funding f) {
            return new FundingDto(f.getId(), f.getProgramme(), f.getProgrammeName(), f.getRatePercent(),
                    f.getAmountEur(), f.getStatus(), f.getApplicationDeadline(), f.getAppliedOn(), f.getDecidedOn(),
                    f.getGrantedAmountEur(), f.getGrantReference());
        }
    }
}
