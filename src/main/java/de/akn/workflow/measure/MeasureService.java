package de.akn.workflow.measure;

import de.akn.workflow.measure.internal.MeasureEventRepository;
import de.akn.workflow.measure.internal.MeasureRepository;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing and reading measures (proposing and revising: {@link MeasureProposals}). Every change
 * writes a {@link MeasureEvent} in the same transaction.
 */
@Service
public class MeasureService {

    private static final Logger log = LoggerFactory.getLogger(MeasureService.class);

    private final MeasureRepository measures;
    private final MeasureEventRepository events;
    private final MemberService memberService;
    private final Clock clock;
    private final EntityManager entityManager;

    MeasureService(MeasureRepository measures, MeasureEventRepository events, MemberService memberService,
            Optional<Clock> clock, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.measures = measures;
        this.events = events;
        this.memberService = memberService;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Measure changeStatus(Long measureId, MeasureStatus status, String actor, String eventType, EventDetail detail) {
        Measure measure = get(measureId);
        measure.changeStatus(status, clock.instant());
        record(measure, actor, eventType, detail);
        return measure;
    }

    /** A member's decision on its participation, with an event of the new status. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Measure decide(Long measureId, ParticipationDecision decision) {
        Measure measure = get(measureId);
        Participation participation = participation(measure, decision.member());
        participation.decide(decision.status(), decision.actor(), clock.instant(), decision.comment(),
                decision.councilMeetingDate());
        participation.limit(decision.costCeilingEur(), decision.councilPaperReference());
        participation.standalone(decision.standaloneCostEur());
        participation.waitFor(decision.councilBodyId());
        record(measure, decision.actor(), decision.status().name(), decision.detail());
        return measure;
    }

    /** The lead member applied for a funding on {@code appliedOn}, with an event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Funding fundingApplied(Long measureId, Long fundingId, LocalDate appliedOn, String actor, EventDetail detail) {
        Measure measure = get(measureId);
        Funding funding = funding(measure, fundingId);
        funding.applied(appliedOn);
        record(measure, actor, MeasureEventType.FUNDING_APPLIED, detail);
        return funding;
    }

    /** The funding body decided: granted (amount, Förderkennzeichen) or rejected, with an event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Funding fundingDecided(Long measureId, Long fundingId, boolean granted, BigDecimal grantedAmountEur,
            String grantReference, LocalDate decidedOn, String actor, EventDetail detail) {
        Measure measure = get(measureId);
        Funding funding = funding(measure, fundingId);
        funding.decided(granted, grantedAmountEur, grantReference, decidedOn);
        record(measure, actor, granted ? MeasureEventType.FUNDING_GRANTED : MeasureEventType.FUNDING_REJECTED, detail);
        return funding;
    }

    private static Funding funding(Measure measure, Long fundingId) {
        return measure.funding(fundingId).orElseThrow(() -> new IllegalStateException(
                "Funding " + fundingId + " is not one of " + measure.getReference()));
    }

    /** The settlement is complete: the actual figures and the measured saving on the measure, with an event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Measure settled(Long measureId, BigDecimal actualCostEur, BigDecimal fundingReceivedEur,
            BigDecimal netActualCostEur, BigDecimal moneySavedEur, EventDetail detail) {
        Measure measure = get(measureId);
        measure.settled(actualCostEur, fundingReceivedEur, netActualCostEur, moneySavedEur, clock.instant());
        record(measure, "system", MeasureEventType.SETTLED, detail);
        return measure;
    }

    /**
     * The partner's latest expert opinion on the measure, as the review recorded it (its recommendation and
     * text as values; only the text as written for opinions from before the keys were kept).
     */
    @Transactional(readOnly = true)
    public Optional<MeasureEvent> expertOpinion(Measure measure) {
        return events(measure).stream().filter(e -> MeasureEventType.EXPERT_OPINION_GIVEN.equals(e.getType()))
                .reduce((first, second) -> second);
    }

    /** A signer carries a larger share than its ceiling: the ceiling rises to it, with an event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void raiseCeiling(Long measureId, String member, BigDecimal ceiling, String actor, EventDetail detail) {
        Measure measure = get(measureId);
        participation(measure, member).limit(ceiling, null);
        record(measure, actor, MeasureEventType.SHARE_CONFIRMED, detail);
    }

    /** The signers' shares (members without a share get none); the others' are cleared. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void assignShares(Measure measure, Map<String, CostShare> shares) {
        for (Participation p : measure.getParticipations()) {
            CostShare share = shares.get(p.getMemberId());
            p.assignShare(share == null ? null : share.costEur(), share == null ? null : share.staffDays(),
                    share == null ? List.of() : share.byYear());
        }
    }

    private static Participation participation(Measure measure, String member) {
        return measure.participationOf(member).orElseThrow(() -> new IllegalStateException(
                member + " takes no part in " + measure.getReference()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Measure measure, String actor, String type, EventDetail detail) {
        events.save(new MeasureEvent(measure.getId(), clock.instant(), actor, type, detail));
        try (var ignored = MDC.putCloseable("reference", measure.getReference())) {
            log.info("{} {} by {}", measure.getReference(), type, actor);
        }
    }

    /**
     * Locks the measure's row for the rest of the transaction (and reads it afresh): what another module
     * records about it — a cost, the opening of its settlement — then happens one after the other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Measure lock(Measure measure) {
        measures.lockRow(measure.getId());
        entityManager.refresh(measure);
        return measure;
    }

    @Transactional(readOnly = true)
    public Measure get(Long measureId) {
        return measures.findById(measureId)
                .orElseThrow(() -> new IllegalStateException("No measure " + measureId));
    }

    /** The coordination released the measure for the public site, with its public summary, with an event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Measure publish(Long measureId, String publicSummary, String actor, EventDetail detail) {
        Measure measure = get(measureId);
        measure.publish(publicSummary, clock.instant());
        record(measure, actor, MeasureEventType.PUBLISHED, detail);
        return measure;
    }

    /** Who completed the measure's formal review, in any round (approved it or asked for a revision). */
    @Transactional(readOnly = true)
    public Set<String> formalReviewers(Long measureId) {
        return Set.copyOf(events.actors(measureId, List.of(MeasureEventType.APPROVED,
                MeasureEventType.REVISION_REQUESTED)));
    }

    /** A measure the viewer may read, or empty (unknown or not visible). */
    @Transactional(readOnly = true)
    public Optional<Measure> find(String reference, Viewer viewer) {
        return measures.findByReference(reference).filter(viewer::maySee).map(MeasureService::initialized);
    }

    @Transactional(readOnly = true)
    public List<Measure> search(MeasureStatus status, String member, Viewer viewer) {
        return measures.search(status, member, viewer.seesAll(), viewer.members().isEmpty() ? List.of("-")
                : viewer.members()).stream().map(MeasureService::initialized).toList();
    }

    @Transactional(readOnly = true)
    public List<MeasureEvent> events(Measure measure) {
        return events.findByMeasureIdOrderByAtAscIdAsc(measure.getId());
    }

    public Map<String, Member> memberIndex() {
        return memberService.findAll().stream().collect(Collectors.toMap(Member::getId, Function.identity()));
    }

    private static Measure initialized(Measure measure) {
        measure.getParticipations().forEach(p -> p.getCostSharesByYear().size());
        measure.getSdgs().size();
        measure.getBudget().size();
        measure.getFunding().size();
        return measure;
    }
}
