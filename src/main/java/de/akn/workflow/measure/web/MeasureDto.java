package de.akn.workflow.measure.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import de.akn.workflow.measure.CostSplit;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureCategory;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.measure.ParticipationStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The measure resource of DESIGN.md. */
record MeasureDto(Long id, String reference, String title, String summary, MeasureCategory category, Set<Integer> sdgs,
        String leadMember, String proposer, MeasureStatus status, BigDecimal estimatedCostEur,
        BigDecimal estimatedStaffDays, BigDecimal co2SavingsTonnesPerYear, CostSplit costSplit, LocalDate plannedStart,
        LocalDate plannedEnd, String processInstanceId, List<ParticipationDto> participations,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Object> reports,
        Object synergy) {

    static MeasureDto of(Measure m, boolean withReports) {
        return new MeasureDto(m.getId(), m.getReference(), m.getTitle(), m.getSummary(), m.getCategory(),
                m.getSdgs(), m.getLeadMember(), m.getProposer(), m.getStatus(), m.getEstimatedCostEur(),
                m.getEstimatedStaffDays(), m.getCo2SavingsTonnesPerYear(), m.getCostSplit(), m.getPlannedStart(),
                m.getPlannedEnd(), m.getProcessInstanceId(),
                m.getParticipations().stream().map(ParticipationDto::of).toList(), withReports ? List.of() : null,
                null);
    }

    record ParticipationDto(String member, ParticipationStatus status, BigDecimal costShareEur,
            BigDecimal staffDaysShare, String decidedBy, Instant decidedAt, LocalDate councilMeetingDate,
            String comment) {
        static ParticipationDto of(Participation p) {
            return new ParticipationDto(p.getMemberId(), p.getStatus(), p.getCostShareEur(), p.getStaffDaysShare(),
                    p.getDecidedBy(), p.getDecidedAt(), p.getCouncilMeetingDate(), p.getComment());
        }
    }
}
