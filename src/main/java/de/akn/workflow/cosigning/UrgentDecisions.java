package de.akn.workflow.cosigning;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.measure.EventDetail;
import de.akn.workflow.measure.JointMeasureProcess;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureEventType;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.ParticipationDecision;
import de.akn.workflow.measure.ParticipationStatus;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A Dringlichkeitsentscheidung (§ 60 GO NRW, § 50 KrO NRW): the town's yes counts at once; the council
 * must confirm it in its next meeting ({@code urgent-decision-confirmation}). If it does not, the town
 * withdraws its co-signing: declined, and the coordination and the lead town are told (after the adoption
 * the coordination settles the shares with the towns).
 */
@Service
public class UrgentDecisions {

    private final RuntimeService runtimeService;
    private final MeasureService measures;
    private final MemberService members;
    private final CosigningMails mails;

    UrgentDecisions(RuntimeService runtimeService, MeasureService measures, MemberService members,
            CosigningMails mails) {
        this.runtimeService = runtimeService;
        this.measures = measures;
        this.members = members;
        this.mails = mails;
    }

    /** Starts the council's confirmation of the urgent decision (after its next meeting). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void start(Measure measure, Member member, LocalDate councilMeeting, String reason) {
        var variables = new HashMap<String, Object>();
        variables.put(JointMeasureProcess.MEASURE_ID, measure.getId());
        variables.put(JointMeasureProcess.REFERENCE, measure.getReference());
        variables.put(JointMeasureProcess.TITLE, measure.getTitle());
        variables.put(JointMeasureProcess.LEAD_MEMBER, measure.getLeadMember());
        variables.put(CosigningProcess.MEMBER, member.getId());
        variables.put(CosigningProcess.MEMBER_NAME, member.getName());
        variables.put(CosigningProcess.COUNCIL_BODY, member.council().getName());
        // a date (the timer and the task listener read it; the form shows the text below)
        variables.put(CosigningProcess.COUNCIL_MEETING_DATE, Dates.at(councilMeeting, LocalTime.MIDNIGHT));
        variables.put(CosigningProcess.COUNCIL_MEETING_TEXT, GermanFormat.date(councilMeeting));
        variables.put(CosigningProcess.URGENT_REASON, reason);
        runtimeService.startProcessInstanceByKey(CosigningProcess.URGENT_PROCESS, measure.getReference(), variables);
    }

    /** After the council meeting: the town is asked to record the council's confirmation. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requested(Long measureId, String member, String taskId, LocalDate meeting) {
        mails.urgentConfirmationRequested(measures.get(measureId), member, taskId, meeting);
    }

    /** CONFIRMED: noted. REVOKED (with a reason): the town declines; the coordination and the lead are told. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void confirm(Long measureId, String member, UrgentConfirmationCommand command, String actor) {
        UrgentConfirmation answer = command.answer();
        String comment = command.comment();
        String paper = command.councilPaperReference();
        String name = members.nameOf(member);
        EventDetail detail = EventDetail.of(answer == UrgentConfirmation.CONFIRMED ? "event.urgent.confirmed"
                : "event.urgent.revoked", "member", name).andIf(paper != null, "event.cosign.paper", "paper", paper)
                .withComment(comment);
        if (answer == UrgentConfirmation.CONFIRMED) {
            measures.record(measures.get(measureId), actor, MeasureEventType.URGENT_DECISION_CONFIRMED, detail);
            return;
        }
        Measure measure = measures.decide(measureId, new ParticipationDecision(member, ParticipationStatus.DECLINED,
                actor, comment, null, null, paper, detail));
        mails.urgentDecisionRevoked(measure, member, comment);
    }
}
