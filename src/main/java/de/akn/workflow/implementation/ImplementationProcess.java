package de.akn.workflow.implementation;

import de.akn.workflow.measure.JointMeasureProcess;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Ids and variable names of {@code measure-implementation} (DESIGN.md), for the model, the listeners and the tests. */
public final class ImplementationProcess {

    public static final String PROCESS_KEY = "measure-implementation";

    public static final String TASK_PROGRESS_REPORT = "Task_ProgressReport";
    public static final String TASK_ACCEPT_FINAL_REPORT = "Task_AcceptFinalReport";

    public static final String PROGRESS_PERCENT = "progressPercent";
    public static final String PROGRESS_STATUS = "progressStatus";
    public static final String SPENT_EUR = "spentEur";
    public static final String CO2_SAVED_TONNES = "co2SavedTonnes";
    /** {@code Task_AcceptFinalReport}: the reported sums as people read them (12.000,50 €; 3,5 t CO2-Äquivalente). */
    public static final String SPENT_TEXT = "spentText";
    public static final String CO2_SAVED_TEXT = "co2SavedText";
    public static final String PROGRESS_TEXT = "progressText";
    public static final String FINAL_REPORT = "finalReport";
    /** Required when the percentage is lower than in the previous report. */
    public static final String PERCENT_DECREASE_REASON = "percentDecreaseReason";

    /** Shown in the report form: number of this report, the previous percentage, the due date. */
    public static final String REPORT_NUMBER = "reportNumber";
    public static final String PREVIOUS_PERCENT = "previousPercent";
    public static final String REPORT_DUE = "reportDue";
    public static final String REPORT_DUE_TEXT = "reportDueText";
    /** When reporting started (adoption): report n is due n intervals after it. */
    public static final String REPORTING_START = "reportingStart";

    public static final String ACCEPT_DECISION = "acceptDecision";
    public static final String ACCEPT_COMMENT = "acceptComment";

    /** The element variable of the reporting multi-instance: the member that reports. */
    public static final String MEMBER = "member";
    public static final String MEMBER_NAME = "memberName";

    /** Variables of one member's reporting, local to its instance of the multi-instance sub-process. */
    public static final List<String> LOCAL_VARIABLES = List.of(PROGRESS_PERCENT, PROGRESS_STATUS, SPENT_EUR,
            CO2_SAVED_TONNES, PROGRESS_TEXT, FINAL_REPORT, PERCENT_DECREASE_REASON, PREVIOUS_PERCENT, REPORT_DUE_TEXT,
            ACCEPT_DECISION, ACCEPT_COMMENT);

    private ImplementationProcess() {
    }

    /**
     * The member a report or acceptance task is about: the multi-instance's member, or the lead member in
     * instances started before every signer could report.
     */
    public static String reporter(VariableScope scope) {
        Object member = scope.getVariable(MEMBER);
        return member != null ? member.toString() : (String) scope.getVariable(JointMeasureProcess.LEAD_MEMBER);
    }
}
