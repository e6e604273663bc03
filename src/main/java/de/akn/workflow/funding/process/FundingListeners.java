package de.akn.workflow.funding.process;

import static de.akn.workflow.funding.MeasureFundingProcess.FUNDING_AMOUNT_TEXT;
import static de.akn.workflow.funding.MeasureFundingProcess.FUNDING_APPLIED_ON_TEXT;
import static de.akn.workflow.funding.MeasureFundingProcess.FUNDING_DEADLINE;
import static de.akn.workflow.funding.MeasureFundingProcess.FUNDING_DEADLINE_TEXT;
import static de.akn.workflow.funding.MeasureFundingProcess.FUNDING_ID;
import static de.akn.workflow.funding.MeasureFundingProcess.FUNDING_RATE_TEXT;
import static de.akn.workflow.funding.MeasureFundingProcess.FUNDING_REQUESTED_AT;
import static de.akn.workflow.funding.MeasureFundingProcess.LOCAL_VARIABLES;
import static de.akn.workflow.funding.MeasureFundingProcess.PROGRAMME_NAME;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.TaskActor;
import de.akn.workflow.funding.FundingApplications;
import de.akn.workflow.funding.FundingCommands;
import de.akn.workflow.measure.Funding;
import de.akn.workflow.measure.JointMeasureProcess;
import de.akn.workflow.measure.MeasureVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The listeners of {@code measure-funding}: one programme's application and decision. */
@Configuration
class FundingListeners {

    /**
     * Start of one programme's application (an instance of the multi-instance sub-process): its form
     * variables are local, so that two programmes decided at once never write the same variable; the
     * deadline (due date and reminders) and when the application was requested.
     */
    @Bean
    ExecutionListener fundingScopeListener(FundingApplications applications) {
        return execution -> {
            for (String name : LOCAL_VARIABLES) {
                execution.setVariableLocal(name, null);
            }
            Long fundingId = fundingId(execution.getVariable(FUNDING_ID));
            Long measureId = JointMeasureProcess.measureId(execution);
            execution.setVariableLocal(FUNDING_DEADLINE, applications.deadline(measureId, fundingId));
            execution.setVariableLocal(FUNDING_REQUESTED_AT, ClockUtil.getCurrentTime());
        };
    }

    /** {@code Task_SubmitFundingApplication}: created → the lead member is asked; completed → the application. */
    @Bean
    TaskListener fundingApplicationListener(FundingApplications applications) {
        return task -> {
            Long measureId = JointMeasureProcess.measureId(task);
            Long fundingId = fundingId(task.getVariable(FUNDING_ID));
            if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
                show(task, applications.applicationRequested(measureId, fundingId, task.getId()));
            } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                var command = FundingCommands.application(MeasureVariables.plain(task.getVariables()),
                        Dates.today());
                applications.recordApplication(measureId, fundingId, command, TaskActor.of(task));
            }
        };
    }

    /** {@code Task_RecordFundingDecision}: created → the form shows the application; completed → the decision. */
    @Bean
    TaskListener fundingDecisionListener(FundingApplications applications) {
        return task -> {
            Long measureId = JointMeasureProcess.measureId(task);
            Long fundingId = fundingId(task.getVariable(FUNDING_ID));
            if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
                show(task, applications.funding(measureId, fundingId));
            } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                var command = FundingCommands.decision(MeasureVariables.plain(task.getVariables()),
                        applications.funding(measureId, fundingId), Dates.today());
                applications.recordDecision(measureId, fundingId, command, TaskActor.of(task));
            }
        };
    }

    /** The funding as the form's read-only fields show it. */
    private static void show(DelegateTask task, Funding funding) {
        task.setVariable(PROGRAMME_NAME, funding.getProgrammeName());
        task.setVariable(FUNDING_RATE_TEXT, GermanFormat.number(funding.getRatePercent()) + " %");
        task.setVariable(FUNDING_AMOUNT_TEXT, GermanFormat.money(funding.getAmountEur()));
        task.setVariable(FUNDING_DEADLINE_TEXT, GermanFormat.date(funding.getApplicationDeadline()));
        task.setVariable(FUNDING_APPLIED_ON_TEXT, GermanFormat.date(funding.getAppliedOn()));
    }

    static Long fundingId(Object value) {
        return value instanceof Number n ? n.longValue() : Long.valueOf(String.valueOf(value));
    }
}
