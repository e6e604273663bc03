package de.akn.workflow.measure;

import de.akn.workflow.AllianceProperties;
import de.akn.workflow.member.Member;
import de.akn.workflow.web.ValidationProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code measure-cosigning}: each invited town's decision (possibly after its
 * council), reminders, the deadline, and the result — quorum and cost shares among the signers.
 */
@Service
public class CosigningService {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final MeasureService measures;
    private final MeasureNotifier notifier;
    private final AllianceProperties properties;
    private final Clock clock;

    CosigningService(MeasureService measures, MeasureNotifier notifier, AllianceProperties properties,
            Optional<Clock> clock) {
        this.measures = measures;
        this.notifier = notifier;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The invited members besides the lead member: one co-sign task each. */
    @Transactional(readOnly = true)
    public List<String> invitedMembers(Long measureId) {
        return measures.get(measureId).invitedMembers();
    }

    /**
     * A town is asked to co-sign: event and mail (with the deadline as calendar entry).
     *
     * @return its prospective share if every invited town co-signs
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CostShares.Share cosignRequested(Long measureId, String member, String taskId, Date due) {
        Measure measure = measures.get(measureId);
        CostShares.Share prospective = prospectiveShare(measure, member);
        measures.record(measure, "system", MeasureEventType.COSIGN_REQUESTED, "Mitzeichnung angefragt bei " + member);
        notifier.cosignRequested(measure, member, taskId, Dates.day(due), prospective);
        return prospective;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public CosignDecision recordDecision(Long measureId, String member, Object decisionValue, Object commentValue,
            Object meetingDateValue, String actor) {
        CosignDecision decision = parse(decisionValue, "cosignDecision", true);
        String comment = comment(commentValue, "cosignComment");
        LocalDate meeting = null;
        if (decision == CosignDecision.COUNCIL_PENDING) {
            meeting = meetingDate(meetingDateValue);
        }
        Measure measure = measures.get(measureId);
        Participation participation = participation(measure, member);
        ParticipationStatus status = switch (decision) {
            case COSIGN -> ParticipationStatus.COSIGNED;
            case DECLINE -> ParticipationStatus.DECLINED;
            case COUNCIL_PENDING -> ParticipationStatus.COUNCIL_PENDING;
        };
        participation.decide(status, actor, clock.instant(), comment, meeting);
        measures.record(measure, actor, status.name(), member + (meeting == null ? "" : ", Ratssitzung am "
                + Dates.GERMAN.format(meeting)) + (comment == null ? "" : ": " + comment));
        return decision;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void councilDecisionRequested(Long measureId, String member, String taskId) {
        Measure measure = measures.get(measureId);
        notifier.councilDecisionRequested(measure, member, taskId, participation(measure, member)
                .getCouncilMeetingDate());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public CosignDecision recordCouncilDecision(Long measureId, String member, Object decisionValue,
            Object commentValue, String actor) {
        CosignDecision decision = parse(decisionValue, "councilDecision", false);
        return recordDecision(measureId, member, decision.name(), commentValue, null, actor);
    }

    /** A reminder while the town has not decided; at most one a day per town and measure. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void remind(Long measureId, String member, Date due) {
        notifier.cosignReminder(measures.get(measureId), member, Dates.day(due), today());
    }

    /** The deadline passed without a decision: NO_RESPONSE, and the coordinator is told. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void noResponse(Long measureId, String member) {
        Measure measure = measures.get(measureId);
        participation(measure, member).decide(ParticipationStatus.NO_RESPONSE, "system", clock.instant(),
                "Frist abgelaufen", null);
        measures.record(measure, "system", MeasureEventType.NO_RESPONSE, member + ": keine Entscheidung bis zur Frist");
        notifier.cosignDeadlinePassed(measure, member);
    }

    /**
     * After all towns decided: signers = lead + co-signers; cost and staff-day shares among
     * the signers; whether the quorum is reached.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean conclude(Long measureId) {
        Measure measure = measures.get(measureId);
        var population = populations();
        List<Participation> signers = measure.getParticipations().stream().filter(Participation::isSigner).toList();
        var shares = CostShares.split(measure.getEstimatedCostEur(), measure.getEstimatedStaffDays(),
                measure.getCostSplit(), signers.stream().map(p -> new CostShares.Signer(p.getMemberId(),
                        population.getOrDefault(p.getMemberId(), 0L))).toList());
        for (Participation p : measure.getParticipations()) {
            var share = shares.get(p.getMemberId());
            p.assignShare(share == null ? null : share.costEur(), share == null ? null : share.staffDays());
        }
        return signers.size() >= properties.cosigning().minSigners();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void adopted(Long measureId) {
        Measure measure = measures.changeStatus(measureId, MeasureStatus.ADOPTED, "system",
                MeasureEventType.ADOPTED, "Beschlossen von " + String.join(", ", signerIds(measures.get(measureId))));
        notifier.adopted(measure);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void notAdopted(Long measureId) {
        Measure measure = measures.changeStatus(measureId, MeasureStatus.NOT_ADOPTED, "system",
                MeasureEventType.NOT_ADOPTED, "Zu wenige Unterzeichner (mindestens "
                        + properties.cosigning().minSigners() + " nötig)");
        notifier.notAdopted(measure, properties.cosigning().minSigners());
    }

    private CostShares.Share prospectiveShare(Measure measure, String member) {
        var population = populations();
        var all = measure.getParticipations().stream().map(p -> new CostShares.Signer(p.getMemberId(),
                population.getOrDefault(p.getMemberId(), 0L))).toList();
        return CostShares.split(measure.getEstimatedCostEur(), measure.getEstimatedStaffDays(),
                measure.getCostSplit(), all).get(member);
    }

    private Map<String, Long> populations() {
        var result = new LinkedHashMap<String, Long>();
        for (Member m : measures.memberIndex().values()) {
            result.put(m.getId(), m.getPopulation() == null ? 0L : m.getPopulation().longValue());
        }
        return result;
    }

    private static List<String> signerIds(Measure measure) {
        return measure.getParticipations().stream().filter(Participation::isSigner).map(Participation::getMemberId)
                .toList();
    }

    private static Participation participation(Measure measure, String member) {
        return measure.participationOf(member).orElseThrow(() -> new IllegalStateException(
                member + " ist an " + measure.getReference() + " nicht beteiligt"));
    }

    private LocalDate meetingDate(Object value) {
        LocalDate date = Dates.parse(value).orElseThrow(() -> ValidationProblem.of("councilMeetingDate",
                "Bitte das Datum der Ratssitzung angeben (TT.MM.JJJJ)."));
        if (!date.isAfter(today())) {
            throw ValidationProblem.of("councilMeetingDate", "Die Ratssitzung muss in der Zukunft liegen.");
        }
        return date;
    }

    private static CosignDecision parse(Object value, String field, boolean councilAllowed) {
        if (value instanceof String s) {
            try {
                CosignDecision decision = CosignDecision.valueOf(s);
                if (councilAllowed || decision != CosignDecision.COUNCIL_PENDING) {
                    return decision;
                }
            } catch (IllegalArgumentException e) {
                // below
            }
        }
        throw ValidationProblem.of(field, councilAllowed
                ? "Bitte entscheiden: mitzeichnen, ablehnen oder Ratsbeschluss abwarten."
                : "Bitte den Ratsbeschluss eintragen: mitzeichnen oder ablehnen.");
    }

    private static String comment(Object value, String field) {
        if (!(value instanceof String s) || s.isBlank()) {
            return null;
        }
        if (s.length() > 4000) {
            throw ValidationProblem.of(field, "Der Kommentar darf höchstens 4.000 Zeichen lang sein.");
        }
        return s.trim();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }


}
