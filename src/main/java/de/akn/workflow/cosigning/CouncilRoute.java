package de.akn.workflow.cosigning;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A town's decision that waits for its council or one of its bodies ({@code Task_RecordCouncilDecision}): which
 * meeting dates are acceptable, and the mail when the body's decision is due.
 */
@Service
public class CouncilRoute {

    private final MeasureService measures;
    private final MemberService members;
    private final CosigningMails mails;
    private final PaperDeadlines paperDeadlines;
    private final Clock clock;

    CouncilRoute(MeasureService measures, MemberService members, CosigningMails mails, PaperDeadlines paperDeadlines,
            Optional<Clock> clock) {
        this.measures = measures;
        this.members = members;
        this.mails = mails;
        this.paperDeadlines = paperDeadlines;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The body's decision is due: a mail; the name of the body the town waits for (for the form). */
    @Transactional(propagation = Propagation.MANDATORY)
    public String councilDecisionRequested(Long measureId, String member, String taskId) {
        Measure measure = measures.get(measureId);
        String body = bodyWaitedFor(measure, member);
        mails.councilDecisionRequested(measure, member, taskId, measure.participationOf(member)
                .map(Participation::getCouncilMeetingDate).orElse(null), body);
        return body;
    }

    /** The name of the body a town's council reservation waits for (its council if none is named). */
    String bodyWaitedFor(Measure measure, String memberId) {
        Member member = members.find(memberId).orElseThrow();
        return measure.participationOf(memberId).map(Participation::getCouncilBodyId).flatMap(member::body)
                .orElse(member.council()).getName();
    }

    /** A meeting lies in the future, at most a year ahead, and after an adjourned one. */
    void checkMeeting(Measure measure, CosignCommand command, LocalDate meeting) {
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

    private LocalDate today() {
        return GermanFormat.day(clock.instant());
    }
}
