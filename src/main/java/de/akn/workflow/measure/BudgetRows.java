package de.akn.workflow.measure;

import static de.akn.workflow.common.Inputs.*;
import static de.akn.workflow.measure.ProposalValidator.MAX_EUR;
import static de.akn.workflow.measure.ProposalValidator.blank;
import static de.akn.workflow.measure.ProposalValidator.isEmpty;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The budget years of a proposal (part of {@link ProposalValidator}). */
final class BudgetRows {

    private BudgetRows() {
    }

    /**
     * The cost per budget year: each year within the planned period, once, the amounts adding up to the
     * cost to the cent. None given: all in the year of the planned start.
     */
    static List<YearAmount> read(Object value, BigDecimal cost, LocalDate start, LocalDate end,
            Map<String, String> errors) {
        String field = Proposal.BUDGET;
        if (isEmpty(value)) {
            return List.of(new YearAmount(start.getYear(), cost));
        }
        List<?> rows = list(value);
        if (rows == null) {
            errors.put(field, Texts.text("proposal.budget.not-a-list"));
            return List.of();
        }
        var problems = new ArrayList<String>();
        var years = new TreeMap<Integer, BigDecimal>();
        for (Object row : rows) {
            Map<?, ?> entry = row instanceof Map<?, ?> map ? map : Map.of();
            if (blank(entry)) {
                continue;
            }
            Integer year = integer(entry.get(Proposal.YEAR));
            if (year == null) {
                problems.add(Texts.text("proposal.budget.year-missing"));
                continue;
            }
            var amountErrors = new LinkedHashMap<String, String>();
            BigDecimal amount = amount(entry.get(Proposal.AMOUNT_EUR), field, Texts.text("proposal.budget.amount-what",
                    "year", year), 2, MAX_EUR, true, amountErrors);
            problems.addAll(amountErrors.values());
            if (year < start.getYear() || year > end.getYear()) {
                problems.add(Texts.text("proposal.budget.year-outside", "year", year, "start",
                        GermanFormat.date(start), "end", GermanFormat.date(end)));
            } else if (years.containsKey(year)) {
                problems.add(Texts.text("proposal.budget.year-twice", "year", year));
            } else if (amount != null) {
                years.put(year, amount);
            }
        }
        if (years.isEmpty() && problems.isEmpty()) {
            return List.of(new YearAmount(start.getYear(), cost));
        }
        if (problems.isEmpty()) {
            BigDecimal sum = years.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(cost) != 0) {
                problems.add(Texts.text("proposal.budget.sum", "sum", GermanFormat.money(sum), "cost",
                        GermanFormat.money(cost)));
            }
        }
        if (!problems.isEmpty()) {
            errors.put(field, String.join(" ", problems));
            return List.of();
        }
        return years.entrySet().stream().map(e -> new YearAmount(e.getKey(), e.getValue())).toList();
    }
}
