package de.akn.workflow.measure;

import de.akn.workflow.common.GermanFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The proposal forms' rows of budget years ({@code budgetYear1}, {@code budgetAmount1} …) and of funding
 * ({@code fundingProgramme1}, {@code fundingRate1}, {@code fundingAmount1}, {@code fundingApplicationDeadline1} …).
 * Camunda Forms' dynamic lists cannot be used: in Tasklist 7.24 a value typed into one leaves the form invalid for
 * good. Only the forms that edit them have them (the start form, the revision task as its own variables); copied
 * into every sub-process they were a quarter of a lifecycle's variable history (issue #27).
 */
public final class ProposalFormRows {

    /** How many budget years and funding programmes the proposal forms offer (the API takes any number). */
    public static final int BUDGET_ROWS = 6;
    public static final int FUNDING_ROWS = 3;
    static final String BUDGET_YEAR = "budgetYear";
    static final String BUDGET_AMOUNT = "budgetAmount";
    static final String FUNDING_PROGRAMME = "fundingProgramme";
    static final String FUNDING_RATE = "fundingRate";
    static final String FUNDING_AMOUNT = "fundingAmount";
    static final String FUNDING_DEADLINE = "fundingApplicationDeadline";

    /** The names of the rows: a start form submits them, the process does not keep them. */
    public static final List<String> NAMES = names();

    private ProposalFormRows() {
    }

    /** The measure's budget years and funding in the rows, for the form that edits them. */
    public static Map<String, Object> of(Measure m) {
        // all in the year of the start (the default) shows no rows: a revised cost then moves with it
        boolean defaultBudget = m.getBudget().size() == 1 && m.getBudget().get(0).getYear() == m.getPlannedStart()
                .getYear();
        var vars = new HashMap<String, Object>(budgetRows(defaultBudget ? List.of() : m.getBudget()));
        vars.putAll(fundingRows(m.getFunding()));
        return vars;
    }

    /**
     * The rows as the lists {@code budget} and {@code funding} the proposal rules read (as the API sends them).
     * Input that has the lists already keeps them.
     */
    public static Map<String, Object> withLists(Map<String, Object> form) {
        var input = new HashMap<String, Object>(form);
        if (!form.containsKey(Proposal.BUDGET)) {
            var budget = new ArrayList<Object>();
            for (int i = 1; i <= BUDGET_ROWS; i++) {
                budget.add(row(Proposal.YEAR, form.get(BUDGET_YEAR + i), Proposal.AMOUNT_EUR, form.get(BUDGET_AMOUNT + i)));
            }
            input.put(Proposal.BUDGET, budget);
        }
        if (!form.containsKey(Proposal.FUNDING)) {
            var funding = new ArrayList<Object>();
            for (int i = 1; i <= FUNDING_ROWS; i++) {
                funding.add(row(Proposal.PROGRAMME, form.get(FUNDING_PROGRAMME + i), Proposal.RATE_PERCENT,
                        form.get(FUNDING_RATE + i), Proposal.AMOUNT_EUR, form.get(FUNDING_AMOUNT + i),
                        Proposal.APPLICATION_DEADLINE, form.get(FUNDING_DEADLINE + i)));
            }
            input.put(Proposal.FUNDING, funding);
        }
        return input;
    }

    /** The budget years in the form's rows (unused rows empty). */
    static Map<String, Object> budgetRows(List<YearAmount> budget) {
        var vars = new HashMap<String, Object>();
        for (int i = 1; i <= BUDGET_ROWS; i++) {
            YearAmount year = i <= budget.size() ? budget.get(i - 1) : null;
            vars.put(BUDGET_YEAR + i, year == null ? null : year.getYear());
            vars.put(BUDGET_AMOUNT + i, year == null ? null : MeasureVariables.number(year.getAmountEur()));
        }
        return vars;
    }

    /** The funding in the form's rows (unused rows empty). */
    static Map<String, Object> fundingRows(List<Funding> funding) {
        var vars = new HashMap<String, Object>();
        for (int i = 1; i <= FUNDING_ROWS; i++) {
            Funding f = i <= funding.size() ? funding.get(i - 1) : null;
            vars.put(FUNDING_PROGRAMME + i, f == null ? null : f.getProgramme());
            vars.put(FUNDING_RATE + i, f == null ? null : MeasureVariables.number(f.getRatePercent()));
            vars.put(FUNDING_AMOUNT + i, f == null ? null : MeasureVariables.number(f.getAmountEur()));
            vars.put(FUNDING_DEADLINE + i, f == null ? null : GermanFormat.date(f.getApplicationDeadline()));
        }
        return vars;
    }

    private static List<String> names() {
        var names = new ArrayList<String>();
        for (int i = 1; i <= BUDGET_ROWS; i++) {
            names.addAll(List.of(BUDGET_YEAR + i, BUDGET_AMOUNT + i));
        }
        for (int i = 1; i <= FUNDING_ROWS; i++) {
            names.addAll(List.of(FUNDING_PROGRAMME + i, FUNDING_RATE + i, FUNDING_AMOUNT + i, FUNDING_DEADLINE + i));
        }
        return List.copyOf(names);
    }

    private static Map<String, Object> row(Object... namesAndValues) {
        var row = new LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }
}
