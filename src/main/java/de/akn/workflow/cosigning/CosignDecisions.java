package de.akn.workflow.cosigning;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.measure.EventDetail;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.ParticipationDecision;
import de.akn.workflow.measure.ParticipationStatus;
import de.akn.workflow.member.Body;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A town's decision on co-signing, or its body's ({@code Task_CosignDecision}, {@code Task_RecordCouncilDecision}):
 * checked against the measure and the member, and recorded on its participation with an event.
 */
@Service
public class CosignDecisions {

    private final MeasureService measures;
    private final MemberService members;
    private final CouncilRoute councilRoute;
    private final UrgentDecisions urgentDecisions;

    CosignDecisions(MeasureService measures, MemberService members, CouncilRoute councilRoute,
            UrgentDecisions urgentDecisions) {
        this.measures = measures;
        this.members = members;
        this.councilRoute = councilRoute;
        this.urgentDecisions = urgentDecisions;
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
            councilRoute.checkMeeting(measure, command, meeting);
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
        String bodyName = bodyId == null ? null : member.body(bodyId).map(Body::getName).orElse(bodyId);
        measures.decide(measureId, new ParticipationDecision(command.member(), status, actor, comment,
                command.decision() == CosignDecision.URGENT ? null : meeting, ceiling, command.councilPaperReference(),
                detail(command, member.getName(), bodyName, signOff), command.standaloneCostEur(), bodyId));
        if (command.decision() == CosignDecision.URGENT) {
            urgentDecisions.start(measure, member, meeting, comment);
        }
        return signOff;
    }

    /** The event's text: what was decided, and the sign-off, paper, ceiling, standalone cost and comment given. */
    private static EventDetail detail(CosignCommand command, String name, String bodyName, boolean signOff) {
        LocalDate meeting = command.councilMeetingDate();
        BigDecimal ceiling = command.costCeilingEur();
        String comment = command.comment();
        EventDetail decided = switch (command.decision()) {
            case POSTPONED -> EventDetail.of("event.council.postponed", "member", name, "meeting", GermanFormat.date(meeting));
            case COUNCIL_PENDING -> EventDetail.of("event.council.pending", "member", name, "body", bodyName, "meeting",
                    GermanFormat.date(meeting));
            case REFERRED -> EventDetail.of("event.council.referred", "member", name, "body", bodyName, "meeting",
                    GermanFormat.date(meeting));
            case AMENDED -> EventDetail.of("event.council.amended", "member", name);
            case URGENT -> EventDetail.of("event.council.urgent", "member", name, "meeting", GermanFormat.date(meeting));
            default -> EventDetail.of("event.cosign.member", "member", name);
        };
        return decided.andIf(signOff, "event.sign-off.pending")
                .andIf(command.councilPaperReference() != null, "event.cosign.paper", "paper",
                        command.councilPaperReference())
                .andIf(ceiling != null, "event.cosign.ceiling", "amount", GermanFormat.money(ceiling))
                .andIf(command.standaloneCostEur() != null, "event.cosign.standalone", "amount",
                        GermanFormat.money(command.standaloneCostEur()))
                .withComment(comment);
    }
}
