package de.akn.workflow.implementation.process;

import static de.akn.workflow.implementation.ImplementationProcess.*;

import de.akn.workflow.common.DueDates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.TaskActor;
import de.akn.workflow.implementation.AcceptDecision;
import de.akn.workflow.implementation.ImplementationProcess;
import de.akn.workflow.implementation.ImplementationService;
import de.akn.workflow.measure.JointMeasureProcess;
import de.akn.workflow.measure.MeasureVariables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ProgressReport}: created → the proposer is told when it is due, the form gets the
 * report number and the previous percentage; completed → the report is validated and stored,
 * the next one is due {@code n} intervals after reporting started (adoption).
 */
@Component("progressReportListener")
class ProgressReportListener implements TaskListener {

    private final ImplementationService implementation;
    private final DueDates dueDates;

    ProgressReportListener(ImplementationService implementation, DueDates dueDates) {
        this.implementation = implementation;
        this.dueDates = dueDates;
    }

    @Override
    public void notify(DelegateTask task) {
        Long measureId = JointMeasureProcess.measureId(task);
        String member = ImplementationProcess.reporter(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            boolean returned = AcceptDecision.REQUEST_CHANGES.name().equals(task.getVariable(ACCEPT_DECISION));
            var context = implementation.reportRequested(measureId, member, task.getId(), task.getDueDate(),
                    returned);
            if (!returned) {
                // a fresh report: keep the figures of the last one as a starting point, not its text
                task.setVariable(PROGRESS_TEXT, null);
                task.setVariable(PERCENT_DECREASE_REASON, null);
                task.setVariable(FINAL_REPORT, false);
                task.setVariable(ACCEPT_COMMENT, null);
            }
            task.setVariable(REPORT_NUMBER, context.reportNumber());
            task.setVariable(PREVIOUS_PERCENT, context.previousPercent());
            task.setVariable(REPORT_DUE_TEXT, task.getDueDate() == null ? null
                    : GermanFormat.date(task.getDueDate().toInstant()));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            var report = implementation.submit(measureId, member, MeasureVariables.plain(task.getVariables()),
                    TaskActor.of(task), task.getId());
            task.setVariable(FINAL_REPORT, report.finalReport());
            task.setVariable(ACCEPT_DECISION, null);
            // the task name shows it before any listener of the next task runs
            task.setVariable(REPORT_NUMBER, report.reportNumber() + 1);
            if (!report.finalReport()) {
                var start = (Date) task.getVariable(REPORTING_START);
                task.setVariable(REPORT_DUE, start != null ? dueDates.report(start, report.reportNumber() + 1)
                        : dueDates.nextReport((Date) task.getVariable(REPORT_DUE)));
            }
        }
    }
}
