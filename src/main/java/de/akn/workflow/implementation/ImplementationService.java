package de.akn.workflow.implementation;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureEventType;
import de.akn.workflow.measure.MeasureReports;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.ProgressReport;
import java.util.Date;
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
    private final MeasureReports reports;
    private final ImplementationMails mails;

    ImplementationService(MeasureService measures, MeasureReports reports, ImplementationMails mails) {
        this.measures = measures;
        this.reports = reports;
        this.mails = mails;
    }

    /** What the report form shows: the number of the report due and the previous percentage. */
    public record ReportContext(int reportNumber, Integer previousPercent) {
    }

    /**
     * A report task was created: the proposer is told when it is due (unless it came back
     * from the coordinator, who wrote to the proposer already).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ReportContext reportRequested(Long measureId, String taskId, Date due, boolean returned) {
        ReportContext context = new ReportContext(reports.nextNumber(measureId),
                reports.latest(measureId).map(ProgressReport::getProgressPercent).orElse(null));
        if (!returned) {
            mails.reportRequested(measures.get(measureId), taskId, Dates.day(due), context.reportNumber());
        }
        return context;
    }

    /**
     * Validates and stores a report (row + event) and sends the figures to the co-signing
     * towns. Invalid input throws a validation problem; nothing is stored.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ProgressReport submit(Long measureId, Map<String, ?> input, String actor, String taskId) {
        Measure measure = measures.get(measureId);
        var figures = ProgressReportValidator.validate(input, reports.latest(measureId)
                .map(ProgressReport::getProgressPercent).orElse(null));
        var report = reports.add(measureId, taskId, actor, figures);
        measures.record(measure, actor, report.isFinalReport() ? MeasureEventType.FINAL_REPORT_SUBMITTED
                : MeasureEventType.PROGRESS_REPORTED, summary(report));
        mails.reportSubmitted(measure, report);
        return report;
    }

    /** The final report waits for the coordinator. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void finalReportToAccept(Long measureId, String taskId) {
        mails.finalReportToAccept(measures.get(measureId), taskId);
    }

    /** The coordinator's decision on the final report; a request for changes goes to the proposer. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void decideFinalReport(Long measureId, FinalReportDecision decision, String actor) {
        Measure measure = measures.get(measureId);
        if (decision.decision() == AcceptDecision.REQUEST_CHANGES) {
            measures.record(measure, actor, MeasureEventType.FINAL_REPORT_RETURNED, decision.comment());
            mails.finalReportReturned(measure, decision.comment(), reports.latest(measureId).orElse(null));
        } else {
            measures.record(measure, actor, MeasureEventType.FINAL_REPORT_ACCEPTED, decision.comment());
        }
    }

    /** The final report is accepted: COMPLETED, and every signer and the coordinator are told. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(Long measureId) {
        Measure measure = measures.changeStatus(measureId, MeasureStatus.COMPLETED, "system",
                MeasureEventType.COMPLETED, "Umsetzung abgeschlossen");
        mails.completed(measure, reports.latest(measureId).orElse(null));
    }

    private static String summary(ProgressReport report) {
        return (report.isFinalReport() ? "Abschlussbericht" : "Bericht " + report.getReportNumber()) + ": "
                + report.getProgressPercent() + " %, " + report.getProgressStatus().label() + ", ausgegeben "
                + GermanFormat.money(report.getSpentEur())
                + (report.getPercentDecreaseReason() == null ? "" : "; geringerer Fortschritt: "
                        + report.getPercentDecreaseReason());
    }
}
