package de.akn.workflow.cosigning;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Texts;
import de.akn.workflow.measure.CostShare;
import de.akn.workflow.measure.EventDetail;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureEventType;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.measure.ParticipationDecision;
import de.akn.workflow.measure.ParticipationStatus;
import de.akn.workflow.member.MemberService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The confirmation round of {@code measure-cosigning}: a signer whose final share exceeds its cost
 * ceiling confirms the larger share or withdraws ({@code Task_ConfirmShare}), with its mails,
 * reminders and deadline.
 */
@Service
public class ShareConfirmations {

    private final MeasureService measures;
    private final MemberService members;
    private final CosigningService cosigning;
    private final CosigningMails mails;
    private final Clock clock;

    ShareConfirmations(MeasureService measures, MemberService members, CosigningService cosigning,
            CosigningMails mails, Optional<Clock> clock) {
        this.measures = measures;
        this.members = members;
        this.cosigning = cosigning;
        this.mails = mails;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The signers whose assigned share exceeds their ceiling (the collection of the confirmation round). */
    @Transactional(readOnly = true)
    public List<String> overCeiling(Long measureId) {
        return overCeiling(measures.get(measureId));
    }

    static List<String> overCeiling(Measure measure) {
        return measure.signers().stream().filter(p -> p.getCostCeilingEur() != null && p.getCostShareEur() != null
                && p.getCostShareEur().compareTo(p.getCostCeilingEur()) > 0).map(Participation::getMemberId).toList();
    }

    /**
     * A signer is asked to confirm its larger share: event and mail with its ceiling and the new share
     * ({@code afterFunding}: because the funding came out lower, not because towns declined).
     *
     * @return its participation (ceiling and new share, for the form)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Participation shareConfirmationRequested(Long measureId, String member, String taskId, Date due,
            boolean afterFunding) {
        Measure measure = measures.get(measureId);
        Participation participation = measure.participationOf(member).orElseThrow();
        measures.record(measure, "system", MeasureEventType.SHARE_CONFIRMATION_REQUESTED, EventDetail.of(
                "event.share.confirmation-requested", "member", members.nameOf(member), "share",
                GermanFormat.money(participation.getCostShareEur()), "ceiling",
                GermanFormat.money(participation.getCostCeilingEur())));
        CostShare shown = cosigning.prospectiveShare(measureId, member).orElse(null);
        mails.shareConfirmationRequested(measure, participation, shown, taskId, Dates.day(due), afterFunding);
        return participation;
    }

    /** ACCEPT raises the ceiling to the new share; WITHDRAW declines the co-signature. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void confirmShare(Long measureId, String member, ShareConfirmation answer, String comment, String actor) {
        Measure measure = measures.get(measureId);
        Participation participation = measure.participationOf(member).orElseThrow();
        BigDecimal share = participation.getCostShareEur();
        String name = members.nameOf(member);
        if (answer == ShareConfirmation.ACCEPT) {
            // the co-signature stands as decided (its comment, who and when); only the ceiling rises
            measures.raiseCeiling(measureId, member, share, actor, EventDetail.of("event.share.accepted", "member", name,
                    "share", GermanFormat.money(share)).withRemark(comment));
        } else {
            measures.decide(measureId, new ParticipationDecision(member, ParticipationStatus.DECLINED, actor, comment,
                    null, EventDetail.of("event.share.withdrawn", "member", name, "share", GermanFormat.money(share))
                    .withComment(comment)));
        }
    }

    /** No confirmation by the deadline: the council's ceiling stands, the signer is out (NO_RESPONSE). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void shareNotConfirmed(Long measureId, String member) {
        Measure measure = measures.decide(measureId, new ParticipationDecision(member, ParticipationStatus.NO_RESPONSE,
                "system", Texts.text("cosign.deadline-passed"), null, EventDetail.of("event.share.not-confirmed", "member",
                members.nameOf(member))));
        mails.shareNotConfirmed(measure, member);
    }

    /** A reminder while a signer has not confirmed its larger share; at most one a day. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void remindShare(Long measureId, String member, Date due) {
        Measure measure = measures.get(measureId);
        mails.shareReminder(measure, measure.participationOf(member).orElseThrow(), Dates.day(due), today());
    }

    private LocalDate today() {
        return GermanFormat.day(clock.instant());
    }
}
