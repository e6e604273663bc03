package de.akn.workflow.measure;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Ids and variable names of {@code joint-measure} (DESIGN.md): the ids its sub-processes get passed, and the names
 * under which the task forms find the measure's display values ({@link MeasureVariables#display}, ADR 0015).
 */
public final class JointMeasureProcess {

    public static final String PROCESS_KEY = "joint-measure";
    public static final String START_FORM = "joint-measure-start";

    public static final String MEASURE_ID = "measureId";
    public static final String REFERENCE = "reference";
    public static final String TITLE = "title";
    public static final String PROPOSER = "proposer";
    public static final String LEAD_MEMBER = "leadMember";
    public static final String LEAD_MEMBER_NAME = "leadMemberName";
    public static final String INVITED_MEMBERS = "invitedMembers";
    public static final String INVITED_MEMBER_NAMES = "invitedMemberNames";
    /** German display texts of the amounts for read-only form fields ("12.000,00 €", "20,5"). */
    public static final String ESTIMATED_COST_TEXT = "estimatedCostText";
    public static final String ESTIMATED_STAFF_DAYS_TEXT = "estimatedStaffDaysText";
    public static final String CO2_SAVINGS_TEXT = "co2SavingsText";
    public static final String CATEGORY_LABEL = "categoryLabel";
    /** The cost per budget year, the planned funding and the net cost, as German texts for the forms. */
    public static final String BUDGET_TEXT = "budgetText";
    public static final String FUNDING_TEXT = "fundingText";
    public static final String NET_COST_TEXT = "netCostText";
    /** Whether the measure plans funding (the forms show the funding fields only then). */
    public static final String FUNDING_PLANNED = "fundingPlanned";

    private JointMeasureProcess() {
    }

    /** The measure a task or execution belongs to (variable {@code measureId}). */
    public static Long measureId(VariableScope scope) {
        Object value = scope.getVariable(MEASURE_ID);
        return value instanceof Number n ? n.longValue() : Long.valueOf(String.valueOf(value));
    }
}
