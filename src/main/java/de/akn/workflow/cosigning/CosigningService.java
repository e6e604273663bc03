package de.akn.workflow.cosigning;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Texts;
import de.akn.workflow.measure.CostShare;
import de.akn.workflow.measure.EventDetail;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureEventType;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.measure.ParticipationDecision;
import de.akn.workflow.measure.ParticipationStatus;
import de.akn.workflow.member.MemberService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code measure-cosigning} around the towns' decisions: who decides, the request, reminders,
 * the deadline, and the result — quorum and cost shares among the signers. The decisions themselves are
 * {@link CosignDecisions}', the wait for a council {@link CouncilRoute}'s.
 */
@Service
public class CosigningService {

    private final MeasureService measures;
    private final MemberService members;
    private final CosigningMails mails;
    private final CosigningProperties properties;
    private final SignerShares shares;
    private final Clock clock;

    CosigningService(MeasureService measures, MemberService members, CosigningMails mails,
            CosigningProperties properties, SignerShares shares, Optional<Clock> clock) {
        this.measures = measures;
        this.members = members;
        this.mails = mails;
        this.properties = properties;
        this.shares = shares;
        this.clock = clock.orElse(Clock.systemUTC());
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
        CostShare prospective = shares.prospective(measure, member);
        measures.record(measure, "system", MeasureEventType.COSIGN_REQUESTED,
                EventDetail.of("event.cosign.requested", "member", members.find(member).map(m -> m.dative(false))
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
        return Optional.ofNullable(shares.prospective(measures.get(measureId), member));
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
                "system", Texts.text("cosign.deadline-passed"), null, EventDetail.of("event.cosign.no-response", "member",
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
        measures.assignShares(measure, shares.shares(measure, signers));
        boolean quorum = measure.leadParticipation().isSigner()
                && Quorum.reached(signers.size(), properties.minSigners());
        return new Conclusion(quorum, quorum && !ShareConfirmations.overCeiling(measure).isEmpty());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void adopted(Long measureId) {
        Measure measure = measures.changeStatus(measureId, MeasureStatus.ADOPTED, "system",
                MeasureEventType.ADOPTED, EventDetail.of("event.adopted", "signers", fromSigners(measures.get(measureId))));
        mails.adopted(measure);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void notAdopted(Long measureId) {
        int minSigners = properties.minSigners();
        boolean leadOut = !measures.get(measureId).leadParticipation().isSigner();
        Measure measure = measures.changeStatus(measureId, MeasureStatus.NOT_ADOPTED, "system",
                MeasureEventType.NOT_ADOPTED, leadOut
                        ? EventDetail.of("event.not-adopted.lead", "lead", members.find(measures.get(measureId)
                                .getLeadMember()).map(m -> m.nominative(true)).orElse(null))
                        : EventDetail.of("event.not-adopted.quorum", "minSigners", minSigners));
        mails.notAdopted(measure, minSigners, leadOut);
    }

    /**
     * An amount (the net actual cost of a settlement) split among the measure's signers by its cost split, to
     * the cent, the parts adding up exactly.
     */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> splitAmongSigners(Long measureId, BigDecimal amount) {
        return shares.split(measures.get(measureId), amount);
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
