package de.akn.workflow.measure;

import de.akn.workflow.web.ValidationProblem;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code measure-implementation}: progress reports by the proposer, the
 * coordinator's acceptance of the final report, and completion.
 */
@Service
public class ImplementationService {


    private final MeasureService measures;
    private final ProgressReportRepository reports;
    private final ImplementationNotifier notifier;
    private final Clock clock;

    ImplementationService(MeasureService measures, ProgressReportRepository reports, ImplementationNotifier notifier,
            Optional<Clock> clock) {
        this.measures = measures;
        this.reports = reports;
        this.notifier = notifier;
        this.clock = clock.orElse(Clock.systemUTC());
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
        Measure measure = measures.get(measureId);
        ReportContext context = context(measureId);
        if (!returned) {
            notifier.reportRequested(measure, taskId, Dates.day(due), context.reportNumber());
        }
        return context;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public ReportContext context(Long measureId) {
        return new ReportContext(nextNumber(measureId), reports.findFirstByMeasureIdOrderByReportNumberDescIdDesc(
                measureId).map(ProgressReport::getProgressPercent).orElse(null));
    }

    /**
     * Validates and stores a report (row + event) and sends the figures to the co-signing
     * towns. Invalid input throws {@link ValidationProblem}; nothing is stored.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ProgressReport submit(Long measureId, Map<String, ?> input, String actor, String taskId) {
        Measure measure = measures.get(measureId);
        var previous = reports.findFirstByMeasureIdOrderByReportNumberDescIdDesc(measureId);
        var validated = ProgressReportInput.validate(input, previous.map(ProgressReport::getProgressPercent)
                .orElse(null));
        var report = reports.save(new ProgressReport(measureId, nextNumber(measureId), taskId, actor,
                clock.instant(), validated));
        measures.record(measure, actor, report.isFinalReport() ? MeasureEventType.FINAL_REPORT_SUBMITTED
                : MeasureEventType.PROGRESS_REPORTED, summary(report));
        notifier.reportSubmitted(measure, report);
        return report;
    }

    /** The final report waits for the coordinator. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void finalReportToAccept(Long measureId, String taskId) {
        notifier.finalReportToAccept(measures.get(measureId), taskId);
    }

    /**
     * The coordinator's decision on the final report; REQUEST_CHANGES needs a comment, which
     * goes to the proposer.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AcceptDecision decideFinalReport(Long measureId, Object decisionValue, Object commentValue, String actor) {
        AcceptDecision decision = decisionValue instanceof String s ? parse(s) : null;
        String comment = commentValue instanceof String s && !s.isBlank() ? s.trim() : null;
        if (decision == null) {
            throw ValidationProblem.of(ImplementationProcess.ACCEPT_DECISION,
                    "Bitte entscheiden: Abschlussbericht annehmen oder Änderungen erbitten.");
        }
        if (decision == AcceptDecision.REQUEST_CHANGES && comment == null) {
            throw ValidationProblem.of(ImplementationProcess.ACCEPT_COMMENT,
                    "Bitte beschreiben Sie, was am Abschlussbericht geändert werden soll.");
        }
        if (comment != null && comment.length() > ProgressReportInput.MAX_TEXT) {
            throw ValidationProblem.of(ImplementationProcess.ACCEPT_COMMENT,
                    "Der Kommentar darf höchstens 4.000 Zeichen lang sein.");
        }
        Measure measure = measures.get(measureId);
        if (decision == AcceptDecision.REQUEST_CHANGES) {
            measures.record(measure, actor, MeasureEventType.FINAL_REPORT_RETURNED, comment);
            notifier.finalReportReturned(measure, comment,
                    reports.findFirstByMeasureIdOrderByReportNumberDescIdDesc(measureId).orElse(null));
        } else {
            measures.record(measure, actor, MeasureEventType.FINAL_REPORT_ACCEPTED, comment);
        }
        return decision;
    }

    /** The final report is accepted: COMPLETED, and every signer and the coordinator are told. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(Long measureId) {
        Measure measure = measures.changeStatus(measureId, MeasureStatus.COMPLETED, "system",
                MeasureEventType.COMPLETED, "Umsetzung abgeschlossen");
        notifier.completed(measure, reports.findFirstByMeasureIdOrderByReportNumberDescIdDesc(measureId).orElse(null));
    }

    @Transactional(readOnly = true)
    public List<ProgressReport> reports(Measure measure) {
        return reports.findByMeasureIdOrderByReportNumberAscIdAsc(measure.getId());
    }

    private int nextNumber(Long measureId) {
        return reports.countByMeasureId(measureId) + 1;
    }

    private static String summary(ProgressReport report) {
        return (report.isFinalReport() ? "Abschlussbericht" : "Bericht " + report.getReportNumber()) + ": "
                + report.getProgressPercent() + " %, " + report.getProgressStatus().label() + ", ausgegeben "
                + MeasureNotifier.money(report.getSpentEur())
                + (report.getPercentDecreaseReason() == null ? "" : "; geringerer Fortschritt: "
                        + report.getPercentDecreaseReason());
    }

    private static AcceptDecision parse(String value) {
        try {
            return AcceptDecision.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

}
