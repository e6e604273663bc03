package de.akn.workflow.implementation;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.implementation.internal.ProgressReport;
import de.akn.workflow.measure.EventDetail;
import de.akn.workflow.measure.Implementation;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureEventType;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.member.MemberService;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code measure-implementation}: progress reports by the lead town, the
 * coordinator's acceptance of the final report, and completion.
 */
@Service
public class ImplementationService {

    private final MeasureService measures;
    private final ProgressReportStore reports;
    private final ImplementationMails mails;
    private final MemberService members;

    ImplementationService(MeasureService measures, ProgressReportStore reports, ImplementationMails mails,
            MemberService members) {
        this.members = members;
        this.measures = measures;
        this.reports = reports;
        this.mails = mails;
    }

    /** What the report form shows: the number of the report due and the previous percentage. */
    public record ReportContext(int reportNumber, Integer previousPercent) {
    }

    /** Who reports: the lead member (JOINT), or every signer for its own part (LOCAL). */
    @Transactional(readOnly = true)
    public List<String> reporters(Long measureId) {
        return measures.get(measureId).reporters();
    }

    /**
     * A report task was created: the reporting member is told when it is due (unless it came back
     * from the coordinator, who wrote already).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ReportContext reportRequested(Long measureId, String member, String taskId, Date due, boolean returned) {
        ReportContext context = new ReportContext(reports.nextNumber(measureId, member),
                reports.latest(measureId, member).map(ProgressReport::getProgressPercent).orElse(null));
        if (!returned) {
            mails.reportRequested(measures.get(measureId), member, taskId, Dates.day(due), context.reportNumber());
        }
        return context;
    }

    /**
     * Validates and stores a member's report (row + event) and sends the figures to the other
     * signers. Invalid input throws a validation problem; nothing is stored.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ProgressReportView submit(Long measureId, String member, Map<String, ?> input, String actor, String taskId) {
        Measure measure = measures.get(measureId);
        var figures = ProgressReportValidator.validate(input, reports.latest(measureId, member)
                .map(ProgressReport::getProgressPercent).orElse(null));
        var report = reports.add(measureId, member, taskId, actor, figures);
        measures.record(measure, actor, report.isFinalReport() ? MeasureEventType.FINAL_REPORT_SUBMITTED
                : MeasureEventType.PROGRESS_REPORTED, summary(measure, report));
        mails.reportSubmitted(measure, report);
        return ProgressReportView.of(report);
    }

    /** The member's final report waits for the coordinator. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void finalReportToAccept(Long measureId, String taskId) {
        mails.finalReportToAccept(measures.get(measureId), taskId);
    }

    /** The coordinator's decision on a member's final report; a request for changes goes back to it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void decideFinalReport(Long measureId, String member, FinalReportDecision decision, String actor) {
        Measure measure = measures.get(measureId);
        if (decision.decision() == AcceptDecision.REQUEST_CHANGES) {
            measures.record(measure, actor, MeasureEventType.FINAL_REPORT_RETURNED,
                    EventDetail.text(decision.comment()));
            mails.finalReportReturned(measure, member, decision.comment(), reports.latest(measureId, member)
                    .orElse(null));
        } else {
            measures.record(measure, actor, MeasureEventType.FINAL_REPORT_ACCEPTED,
                    EventDetail.text(decision.comment()));
        }
    }

    /** The final report is accepted: COMPLETED, and every signer and the coordinator are told. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(Long measureId) {
        Measure measure = measures.changeStatus(measureId, MeasureStatus.COMPLETED, "system",
                MeasureEventType.COMPLETED, EventDetail.of("event.completed"));
        // implemented locally: each town's final report went out on its own; no single report stands for all
        mails.completed(measure, measure.getImplementation() == Implementation.LOCAL ? null
                : reports.latest(measureId).orElse(null));
    }

    /** The event's text: "Stadt Kaarst, Bericht 2: 40 %, im Plan, ausgegeben 1.000,00 €" (the town if LOCAL). */
    private EventDetail summary(Measure measure, ProgressReport report) {
        boolean local = measure.getImplementation() == Implementation.LOCAL;
        String member = members.nameOf(report.getMember());
        EventDetail which = report.isFinalReport()
                ? EventDetail.of(local ? "event.report.final.member" : "event.report.final", "member", member)
                : EventDetail.of(local ? "event.report.number.member" : "event.report.number", "member", member,
                        "number", report.getReportNumber());
        return which.and("event.report.figures", "percent", report.getProgressPercent(), "spent",
                        GermanFormat.money(report.getSpentEur())).label("status", report.getProgressStatus())
                .andIf(report.getPercentDecreaseReason() != null, "event.report.reason", "reason",
                        report.getPercentDecreaseReason());
    }
}
