package de.akn.workflow.cosigning;

import de.akn.workflow.common.AllianceProperties;
import de.akn.workflow.common.Dates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.MemberKind;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.measure.CostShare;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureEventType;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.measure.ParticipationDecision;
import de.akn.workflow.measure.ParticipationStatus;
import de.akn.workflow.member.Body;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import java.math.BigDecimal;
import java.time.Clock;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code measure-cosigning}: each invited town's decision (possibly after its
 * council), reminders, the deadline, and the result — quorum and cost shares among the signers.
 */
@Service
public class CosigningService {

    private final MeasureService measures;
    private final MemberService members;
    private final CosigningMails mails;
    private final AllianceProperties properties;
    private final Clock clock;
    private final TaskService taskService;
    private final PaperDeadlines paperDeadlines;
    private final UrgentDecisions urgentDecisions;

    CosigningService(MeasureService measures, MemberService members, CosigningMails mails,
            AllianceProperties properties, Optional<Clock> clock, TaskService taskService,
            PaperDeadlines paperDeadlines, UrgentDecisions urgentDecisions) {
        this.urgentDecisions = urgentDecisions;
        this.taskService = taskService;
        this.paperDeadlines = paperDeadlines;
        this.measures = measures;
        this.members = members;
        this.mails = mails;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * A member left the alliance: its open co-sign decisions (its council's included) are recorded
     * as declined with {@code reason}, through the same task completion a town would do, so the
     * measures go on. Runs without a user (a job of the membership process).
     *
     * @return how many decisions were recorded
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int memberLeft(String memberId, String reason) {
        int count = 0;
        for (Task task : taskService.createTaskQuery().processDefinitionKey(CosigningProcess.PROCESS_KEY)
                .taskCandidateGroup(Member.MEMBER_GROUP_PREFIX + memberId).includeAssignedTasks().list()) {
            var answer = switch (task.getTaskDefinitionKey()) {
                case CosigningProcess.TASK_RECORD_COUNCIL_DECISION -> Map.of(CosigningProcess.COUNCIL_DECISION,
                        CosignDecision.DECLINE.name());
                case CosigningProcess.TASK_CONFIRM_SHARE -> Map.of(CosigningProcess.SHARE_CONFIRMATION,
                        ShareConfirmation.WITHDRAW.name());
                default -> Map.of(CosigningProcess.COSIGN_DECISION, CosignDecision.DECLINE.name());
            };
            var variables = new java.util.HashMap<String, Object>(answer);
            variables.put(CosigningProcess.COSIGN_COMMENT, reason);
            taskService.complete(task.getId(), variables);
            count++;
        }
        return count;
    }

    /**
     * Every member that decides — the lead member first, then the invited ones: one co-sign task
     * each (a proposal does not commit the lead member's budget).
     */
    @Transactional(readOnly = true)
    public List<String> participants(Long measureId) {
        return measures.get(measureId).participantIds();
    }

    /**
     * Whether the lead member is out (declined, withdrew or did not answer): then the measure cannot
     * be adopted, and the other members' open decisions end (completion condition of the round).
     */
    @Transactional(readOnly = true)
    public boolean leadOut(Long measureId) {
        return isOut(measures.get(measureId).leadParticipation());
    }

    private static boolean isOut(Participation participation) {
        return participation.getStatus() == ParticipationStatus.DECLINED
                || participation.getStatus() == ParticipationStatus.NO_RESPONSE;
    }

    /**
     * A town is asked to co-sign: event and mail (with the deadline as calendar entry).
     *
     * @return its prospective share if every invited town co-signs
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CostShare cosignRequested(Long measureId, String member, String taskId, Date due) {
        Measure measure = measures.get(measureId);
        CostShare prospective = prospective(measure, member);
        measures.record(measure, "system", MeasureEventType.COSIGN_REQUESTED,
                Texts.text("event.cosign.requested", "member", members.find(member).map(m -> m.dative(false))
                        .orElse(member)));
        mails.cosignRequested(measure, member, taskId, Dates.day(due), prospective);
        return prospective;
    }

    /** The council's paper (Drucksachen-Nr.) the member gave for the measure, if any. */
    @Transactional(readOnly = true)
    public Optional<String> paperReference(Long measureId, String member) {
        return measures.get(measureId).participationOf(member).map(Participation::getCouncilPaperReference);
    }

    /** The member's share if every invited member co-signs (what it is asked to co-sign for). */
    @Transactional(readOnly = true)
    public Optional<CostShare> prospectiveShare(Long measureId, String member) {
        return Optional.ofNullable(prospective(measures.get(measureId), member));
    }

    /**
     * Records a town's (or its body's) decision on its participation, with an event. A yes waits for the
     * town's Zeichnungsberechtigte where the member requires a sign-off (SIGNOFF_PENDING); an urgent
     * decision starts the council's confirmation.
     *
     * @return whether the decision waits for the internal sign-off
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean recordDecision(Long measureId, CosignCommand command, String actor) {
        Measure measure = measures.get(measureId);
        Member member = members.find(command.member()).orElseThrow();
        String bodyId = command.bodyId();
        if (bodyId != null && member.body(bodyId).isEmpty()) {
            throw ValidationProblem.of(command.decision() == CosignDecision.REFERRED ? CosigningProcess.NEXT_BODY_ID
                    : CosigningProcess.COUNCIL_BODY_ID, Texts.text("council.body.unknown", "member", member.genitive()));
        }
        if (bodyId == null && command.decision() == CosignDecision.COUNCIL_PENDING) {
            bodyId = member.council().getId();
        }
        LocalDate meeting = command.councilMeetingDate();
        if (meeting != null) {
            checkMeeting(measure, command, meeting);
        }
        BigDecimal ceiling = command.costCeilingEur();
        if (ceiling != null && ceiling.compareTo(measure.getEstimatedCostEur()) > 0) {
            throw ValidationProblem.of(CosigningProcess.COST_CEILING_EUR, Texts.text("cosign.ceiling.above-cost",
                    "cost", GermanFormat.money(measure.getEstimatedCostEur())));
        }
        boolean signOff = command.decision().isYes() && member.isSignOffRequired();
        ParticipationStatus status = signOff ? ParticipationStatus.SIGNOFF_PENDING : switch (command.decision()) {
            case COSIGN, AMENDED, URGENT -> ParticipationStatus.COSIGNED;
            case DECLINE -> ParticipationStatus.DECLINED;
            case COUNCIL_PENDING, POSTPONED, REFERRED -> ParticipationStatus.COUNCIL_PENDING;
        };
        String comment = command.comment();
        String name = member.getName();
        String bodyName = bodyId == null ? null : member.body(bodyId).map(Body::getName).orElse(bodyId);
        String detail = switch (command.decision()) {
            case POSTPONED -> Texts.text("event.council.postponed", "member", name, "meeting", GermanFormat.date(meeting));
            case COUNCIL_PENDING -> Texts.text("event.council.pending", "member", name, "body", bodyName, "meeting",
                    GermanFormat.date(meeting));
            case REFERRED -> Texts.text("event.council.referred", "member", name, "body", bodyName, "meeting",
                    GermanFormat.date(meeting));
            case AMENDED -> Texts.text("event.council.amended", "member", name);
            case URGENT -> Texts.text("event.council.urgent", "member", name, "meeting", GermanFormat.date(meeting));
            default -> name;
        } + (signOff ? Texts.text("event.sign-off.pending") : "")
                + (command.councilPaperReference() == null ? "" : Texts.text("event.cosign.paper", "paper",
                        command.councilPaperReference()))
                + (ceiling == null ? "" : Texts.text("event.cosign.ceiling", "amount", GermanFormat.money(ceiling)))
                + (command.standaloneCostEur() == null ? "" : Texts.text("event.cosign.standalone", "amount",
                        GermanFormat.money(command.standaloneCostEur())))
                + (comment == null ? "" : ": " + comment);
        measures.decide(measureId, new ParticipationDecision(command.member(), status, actor, comment,
                command.decision() == CosignDecision.URGENT ? null : meeting, ceiling, command.councilPaperReference(),
                detail, command.standaloneCostEur(), bodyId));
        if (command.decision() == CosignDecision.URGENT) {
            urgentDecisions.start(measure, member, meeting, comment);
        }
        return signOff;
    }

    /** A meeting lies in the future, at most a year ahead, and after an adjourned one. */
    private void checkMeeting(Measure measure, CosignCommand command, LocalDate meeting) {
        String field = CosigningProcess.COUNCIL_MEETING_DATE;
        if (!meeting.isAfter(today())) {
            throw ValidationProblem.of(field, Texts.text("cosign.meeting.past"));
        }
        if (meeting.isAfter(today().plusYears(1))) {
            throw ValidationProblem.of(field, Texts.text("cosign.meeting.too-far"));
        }
        // a new paper (a council reservation, a referral) must reach the meeting before its Vorlagenschluss
        if ((command.decision() == CosignDecision.COUNCIL_PENDING || command.decision() == CosignDecision.REFERRED)
                && !paperDeadlines.reachable(meeting, today())) {
            throw ValidationProblem.of(field, Texts.text("council.paper-deadline", "meeting", GermanFormat.date(meeting),
                    "lastFilingDay", GermanFormat.date(paperDeadlines.lastFilingDay(meeting)), "earliest",
                    GermanFormat.date(paperDeadlines.earliestMeeting(today()))));
        }
        LocalDate adjourned = measure.participationOf(command.member()).map(Participation::getCouncilMeetingDate)
                .orElse(null);
        if (command.decision() == CosignDecision.POSTPONED && adjourned != null && !meeting.isAfter(adjourned)) {
            throw ValidationProblem.of(field, Texts.text("cosign.meeting.before-adjourned", "adjourned",
                    GermanFormat.date(adjourned)));
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    /** The body's decision is due: a mail; the name of the body the town waits for (for the form). */
    public String councilDecisionRequested(Long measureId, String member, String taskId) {
        Measure measure = measures.get(measureId);
        String body = bodyWaitedFor(measure, member);
        mails.councilDecisionRequested(measure, member, taskId, measure.participationOf(member)
                .map(Participation::getCouncilMeetingDate).orElse(null), body);
        return body;
    }

    /** The name of the body a town's council reservation waits for (its council if none is named). */
    public String bodyWaitedFor(Measure measure, String memberId) {
        Member member = members.find(memberId).orElseThrow();
        return measure.participationOf(memberId).map(Participation::getCouncilBodyId).flatMap(member::body)
                .orElse(member.council()).getName();
    }

    /** A reminder while the town has not decided; at most one a day per town and measure. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void remind(Long measureId, String member, Date due) {
        mails.cosignReminder(measures.get(measureId), member, Dates.day(due), today());
    }

    /** The deadline passed without a decision: NO_RESPONSE, and the coordinator is told. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void noResponse(Long measureId, String member) {
        Measure measure = measures.decide(measureId, new ParticipationDecision(member, ParticipationStatus.NO_RESPONSE,
                "system", Texts.text("cosign.deadline-passed"), null, Texts.text("event.cosign.no-response", "member",
                members.nameOf(member))));
        mails.cosignDeadlinePassed(measure, member);
    }

    /** The outcome of a round: quorum, and whether some signer's share exceeds its ceiling. */
    public record Conclusion(boolean quorumReached, boolean confirmationNeeded) {
    }

    /**
     * After all towns decided (and after each round of confirmations): the signers' cost and
     * staff-day shares, whether the quorum is reached — the lead member among the signers —, and
     * whether a signer must first confirm a share above its ceiling (only while the quorum can still
     * be reached).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Conclusion conclude(Long measureId) {
        Measure measure = measures.get(measureId);
        List<Participation> signers = measure.signers();
        measures.assignShares(measure, shares(measure, signers));
        boolean quorum = measure.leadParticipation().isSigner()
                && Quorum.reached(signers.size(), properties.cosigning().minSigners());
        return new Conclusion(quorum, quorum && !ShareConfirmations.overCeiling(measure).isEmpty());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void adopted(Long measureId) {
        Measure measure = measures.changeStatus(measureId, MeasureStatus.ADOPTED, "system",
                MeasureEventType.ADOPTED, Texts.text("event.adopted", "signers", fromSigners(measures.get(measureId))));
        mails.adopted(measure);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void notAdopted(Long measureId) {
        int minSigners = properties.cosigning().minSigners();
        boolean leadOut = !measures.get(measureId).leadParticipation().isSigner();
        Measure measure = measures.changeStatus(measureId, MeasureStatus.NOT_ADOPTED, "system",
                MeasureEventType.NOT_ADOPTED, leadOut
                        ? Texts.text("event.not-adopted.lead", "lead", members.find(measures.get(measureId)
                                .getLeadMember()).map(m -> m.nominative(true)).orElse(null))
                        : Texts.text("event.not-adopted.quorum", "minSigners", minSigners));
        mails.notAdopted(measure, minSigners, leadOut);
    }

    /**
     * An amount (the net actual cost of a settlement) split among the measure's signers by its cost split, to
     * the cent, the parts adding up exactly.
     */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> splitAmongSigners(Long measureId, BigDecimal amount) {
        Measure measure = measures.get(measureId);
        var byId = members.findAll().stream().collect(Collectors.toMap(Member::getId, m -> m));
        var split = CostShares.split(amount, BigDecimal.ZERO, measure.getCostSplit(), measure.signers().stream()
                .map(p -> signer(byId.get(p.getMemberId()), p.getMemberId())).toList(),
                properties.costSplit().kreisShare());
        var result = new LinkedHashMap<String, BigDecimal>();
        split.forEach((member, share) -> result.put(member, share.costEur()));
        return result;
    }

    /** The member's share if every invited member co-signs: what it was shown when asked. */
    private CostShare prospective(Measure measure, String member) {
        return shares(measure, measure.getParticipations()).get(member);
    }

    /**
     * The shares of the given participants by the measure's cost split: of the net cost (less the funding
     * not rejected), each also per budget year.
     */
    private Map<String, CostShare> shares(Measure measure, Collection<Participation> participants) {
        var byId = members.findAll().stream().collect(Collectors.toMap(Member::getId, m -> m));
        var shares = CostShares.split(measure.netCostEur(), measure.getEstimatedStaffDays(),
                measure.getCostSplit(), participants.stream().map(p -> signer(byId.get(p.getMemberId()),
                        p.getMemberId())).toList(), properties.costSplit().kreisShare());
        return CostShares.byYear(shares, measure.netBudget());
    }

    private static CostShares.Signer signer(Member member, String id) {
        return member == null ? new CostShares.Signer(id, 0L) : new CostShares.Signer(id,
                member.getPopulation() == null ? 0L : member.getPopulation().longValue(),
                member.getKind() == MemberKind.KREIS);
    }

    /**
     * "von der Stadt Kaarst und dem Rhein-Kreis Neuss", "vom Rhein-Kreis Neuss und der Stadt Kaarst": the signers
     * in the dative after "von", contracted to "vom" before a masculine name.
     */
    private String fromSigners(Measure measure) {
        String list = GermanFormat.list(signerIds(measure).stream().map(id -> members.find(id)
                .map(m -> m.dative(false)).orElse(id)).toList());
        return list.startsWith("dem ") ? "vom " + list.substring("dem ".length()) : "von " + list;
    }

    private static List<String> signerIds(Measure measure) {
        return measure.signers().stream().map(Participation::getMemberId).toList();
    }

    private LocalDate today() {
        return GermanFormat.day(clock.instant());
    }
}
