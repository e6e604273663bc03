package de.akn.workflow.measure;

import static de.akn.workflow.measure.JointMeasureProcess.*;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.measure.internal.MeasureEventRepository;
import de.akn.workflow.measure.internal.MeasureRepository;
import de.akn.workflow.measure.internal.ReferenceGenerator;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.security.IdentityDirectory;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposing, revising and reading measures. Every change writes a {@link MeasureEvent} in
 * the same transaction.
 */
@Service
public class MeasureService {

    private static final Logger log = LoggerFactory.getLogger(MeasureService.class);

    private final MeasureRepository measures;
    private final MeasureEventRepository events;
    private final ReferenceGenerator references;
    private final MemberService memberService;
    private final IdentityDirectory directory;
    private final MeasureMails mails;
    private final RuntimeService runtimeService;
    private final ObjectProvider<FundingCatalog> programmes;
    private final Clock clock;
    private final EntityManager entityManager;

    MeasureService(MeasureRepository measures, MeasureEventRepository events, ReferenceGenerator references,
            MemberService memberService, IdentityDirectory directory, MeasureMails mails,
            RuntimeService runtimeService, ObjectProvider<FundingCatalog> programmes, Optional<Clock> clock,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.programmes = programmes;
        this.measures = measures;
        this.events = events;
        this.references = references;
        this.memberService = memberService;
        this.directory = directory;
        this.mails = mails;
        this.runtimeService = runtimeService;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Creates the measure and starts {@code joint-measure} for it (API). Invalid input
     * throws {@link ValidationProblem} before anything is written.
     */
    @Transactional
    public Measure propose(Map<String, ?> input, String proposer) {
        Measure measure = create(input, proposer);
        var instance = runtimeService.createProcessInstanceByKey(PROCESS_KEY).businessKey(measure.getReference())
                .setVariables(MeasureVariables.of(measure, memberIndex())).execute();
        measure.attachProcessInstance(instance.getProcessInstanceId());
        return measure;
    }

    /**
     * Creates the measure for a process started from the Tasklist start form; the process
     * instance exists already (same transaction).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Measure registerStartedProcess(Map<String, ?> formVariables, String proposer, String processInstanceId) {
        Measure measure = create(formVariables, proposer);
        measure.attachProcessInstance(processInstanceId);
        return measure;
    }

    private Measure create(Map<String, ?> input, String proposer) {
        String leadMember = directory.memberOf(proposer).orElseThrow(NotAMemberException::new);
        var result = validator().validate(input, leadMember);
        if (!result.isValid()) {
            throw new ValidationProblem(result.errors());
        }
        var now = clock.instant();
        String reference = references.next(GermanFormat.day(now).getYear());
        Measure measure = measures.save(new Measure(reference, result.proposal(), leadMember, proposer, now));
        record(measure, proposer, MeasureEventType.PROPOSED, Texts.text("event.proposed", "proposer",
                directory.displayName(proposer), "invited", invitedNames(measure)));
        mails.proposalReceived(measure);
        return measure;
    }

    /** The proposer's revision: the same rules as for a new proposal. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Measure revise(Long measureId, Map<String, ?> input, String actor) {
        Measure measure = get(measureId);
        var result = validator().validate(withInvited(input, measure), measure.getLeadMember());
        if (!result.isValid()) {
            throw new ValidationProblem(result.errors());
        }
        var now = clock.instant();
        measure.apply(result.proposal(), now);
        measure.changeStatus(MeasureStatus.IN_REVIEW, now);
        record(measure, actor, MeasureEventType.REVISED, Texts.text("event.revised"));
        return measure;
    }

    /** The invited members with their articles: "die Stadt Dormagen und die Stadt Meerbusch". */
    private String invitedNames(Measure measure) {
        var index = memberIndex();
        return GermanFormat.list(measure.invitedMembers().stream().map(id -> index.containsKey(id)
                ? index.get(id).nominative(false) : id).toList());
    }

    /** The proposal rules with the members and funding programmes as they are today. */
    private ProposalValidator validator() {
        return new ProposalValidator(memberIndex(), programmes.getIfAvailable(() -> FundingCatalog.NONE),
                Dates.today());
    }

    /** Invited members are fixed at proposal time: a revision keeps them. */
    private static Map<String, ?> withInvited(Map<String, ?> input, Measure measure) {
        var copy = new HashMap<String, Object>(input);
        copy.put(Proposal.INVITED_MEMBERS, measure.invitedMembers());
        return copy;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Measure changeStatus(Long measureId, MeasureStatus status, String actor, String eventType, String detail) {
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
    public Funding fundingApplied(Long measureId, Long fundingId, LocalDate appliedOn, String actor, String detail) {
        Measure measure = get(measureId);
        Funding funding = funding(measure, fundingId);
        funding.applied(appliedOn);
        record(measure, actor, MeasureEventType.FUNDING_APPLIED, detail);
        return funding;
    }

    /** The funding body decided: granted (amount, Förderkennzeichen) or rejected, with an event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Funding fundingDecided(Long measureId, Long fundingId, boolean granted, BigDecimal grantedAmountEur,
            String grantReference, LocalDate decidedOn, String actor, String detail) {
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
            BigDecimal netActualCostEur, BigDecimal moneySavedEur, String detail) {
        Measure measure = get(measureId);
        measure.settled(actualCostEur, fundingReceivedEur, netActualCostEur, moneySavedEur, clock.instant());
        record(measure, "system", MeasureEventType.SETTLED, detail);
        return measure;
    }

    /** The partner's latest expert opinion on the measure, as recorded ("Empfehlung: … „…“"). */
    @Transactional(readOnly = true)
    public Optional<String> expertOpinion(Measure measure) {
        return events(measure).stream().filter(e -> MeasureEventType.EXPERT_OPINION_GIVEN.equals(e.getType()))
                .reduce((first, second) -> second).map(MeasureEvent::getDetail);
    }

    /** A signer carries a larger share than its ceiling: the ceiling rises to it, with an event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void raiseCeiling(Long measureId, String member, BigDecimal ceiling, String actor, String detail) {
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
    public void record(Measure measure, String actor, String type, String detail) {
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
    public Measure publish(Long measureId, String publicSummary, String actor, String detail) {
        Measure measure = get(measureId);
        measure.publish(publicSummary, clock.instant());
        record(measure, actor, MeasureEventType.PUBLISHED, detail);
        return measure;
    }

    /** Who completed the measure's formal review, in any round (approved it or asked for a revision). */
    @Transactional(readOnly = true)
    public java.util.Set<String> formalReviewers(Long measureId) {
        return java.util.Set.copyOf(events.actors(measureId, List.of(MeasureEventType.APPROVED,
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
