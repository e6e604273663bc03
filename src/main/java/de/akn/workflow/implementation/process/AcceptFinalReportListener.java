package de.akn.workflow.implementation.process;

import static de.akn.workflow.implementation.ImplementationProcess.*;

import de.akn.workflow.common.DueDates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.TaskActor;
import de.akn.workflow.common.Texts;
import de.akn.workflow.implementation.AcceptDecision;
import de.akn.workflow.implementation.FinalReportDecision;
import de.akn.workflow.implementation.ImplementationProcess;
import de.akn.workflow.implementation.ImplementationService;
import de.akn.workflow.measure.JointMeasureProcess;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_AcceptFinalReport}: created → the coordinator is told; completed → the decision
 * is validated; sent back, the report is due again after {@code alliance.review.due}.
 */
@Component("acceptFinalReportListener")
class AcceptFinalReportListener implements TaskListener {

    private final ImplementationService implementation;
    private final DueDates dueDates;

    AcceptFinalReportListener(ImplementationService implementation, DueDates dueDates) {
        this.implementation = implementation;
        this.dueDates = dueDates;
    }

    @Override
    public void notify(DelegateTask task) {
        Long measureId = JointMeasureProcess.measureId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariable(ACCEPT_DECISION, null);
            task.setVariable(ACCEPT_COMMENT, null);
            showSums(task);
            implementation.finalReportToAccept(measureId, task.getId());
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            var decision = FinalReportDecision.of(task.getVariables());
            implementation.decideFinalReport(measureId, ImplementationProcess.reporter(task), decision,
                    TaskActor.of(task));
            task.setVariable(ACCEPT_DECISION, decision.decision().name());
            if (decision.decision() == AcceptDecision.REQUEST_CHANGES) {
                task.setVariable(REPORT_DUE, dueDates.review());
            }
        }
    }

    /** The form shows the reported sums in German (a read-only number field would show "12000.5"). */
    private static void showSums(DelegateTask task) {
        BigDecimal spent = Inputs.decimal(task.getVariable(SPENT_EUR));
        BigDecimal co2 = Inputs.decimal(task.getVariable(CO2_SAVED_TONNES));
        task.setVariableLocal(SPENT_TEXT, spent == null ? Texts.text("implementation.no-value")
                : GermanFormat.money(spent));
        task.setVariableLocal(CO2_SAVED_TEXT, co2 == null ? Texts.text("implementation.no-value")
                : Texts.text("implementation.co2-saved", "tonnes", GermanFormat.number(co2)));
    }
}
