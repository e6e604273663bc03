package de.akn.workflow.measure;

import static de.akn.workflow.common.Inputs.*;
import static de.akn.workflow.measure.ProposalValidator.MAX_EUR;
import static de.akn.workflow.measure.ProposalValidator.blank;
import static de.akn.workflow.measure.ProposalValidator.isEmpty;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The planned funding of a proposal, checked against the funding programmes (part of {@link ProposalValidator}). */
final class FundingRows {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final FundingCatalog programmes;
    private final LocalDate today;

    FundingRows(FundingCatalog programmes, LocalDate today) {
        this.programmes = programmes;
        this.today = today;
    }

    /**
     * Planned funding: a known programme each, once; a rate above 0, at most the programme's maximum (and
     * 100 %); the amount (default: the rate of the cost) at most that rate of the cost; all together at most
     * the cost; the application deadline (default: the close of the programme's next call) not in the past.
     */
    List<PlannedFunding> read(Object value, BigDecimal cost, Map<String, String> errors) {
        String field = Proposal.FUNDING;
        if (isEmpty(value)) {
            return List.of();
        }
        List<?> rows = list(value);
        if (rows == null) {
            errors.put(field, Texts.text("proposal.funding.not-a-list"));
            return List.of();
        }
        var problems = new ArrayList<String>();
        var result = new ArrayList<PlannedFunding>();
        var seen = new LinkedHashSet<String>();
        for (Object row : rows) {
            Map<?, ?> entry = row instanceof Map<?, ?> map ? map : Map.of();
            if (blank(entry)) {
                continue;
            }
            String programme = text(entry.get(Proposal.PROGRAMME));
            if (programme == null) {
                problems.add(Texts.text("proposal.funding.programme-missing"));
                continue;
            }
            var terms = programmes.terms(programme, today);
            if (terms.isEmpty()) {
                problems.add(Texts.text("proposal.funding.programme-unknown", "programme", shorten(programme)));
                continue;
            }
            String name = terms.get().name();
            if (!seen.add(programme)) {
                problems.add(Texts.text("proposal.funding.programme-twice", "name", name));
                continue;
            }
            int before = problems.size();
            BigDecimal rate = decimal(entry.get(Proposal.RATE_PERCENT));
            if (isEmpty(entry.get(Proposal.RATE_PERCENT))) {
                problems.add(Texts.text("proposal.funding.rate-missing", "name", name));
            } else if (rate == null || rate.signum() <= 0 || rate.compareTo(HUNDRED) > 0
                    || rate.stripTrailingZeros().scale() > 2) {
                problems.add(Texts.text("proposal.funding.rate-invalid", "name", name));
            } else if (rate.compareTo(terms.get().maxRatePercent()) > 0) {
                problems.add(Texts.text("proposal.funding.rate-above-max", "name", name, "max",
                        GermanFormat.number(terms.get().maxRatePercent()), "rate", GermanFormat.number(rate)));
            }
            BigDecimal amount = null;
            if (problems.size() == before) {
                BigDecimal limit = cost.multiply(rate).movePointLeft(2).setScale(2, RoundingMode.DOWN);
                var amountErrors = new LinkedHashMap<String, String>();
                amount = isEmpty(entry.get(Proposal.AMOUNT_EUR)) ? limit : amount(entry.get(Proposal.AMOUNT_EUR),
                        field, Texts.text("proposal.funding.amount-what", "name", name), 2, MAX_EUR, true, amountErrors);
                problems.addAll(amountErrors.values());
                if (amount != null && amount.signum() <= 0) {
                    problems.add(Texts.text("proposal.funding.amount-zero", "name", name));
                } else if (amount != null && amount.compareTo(cost.multiply(rate).movePointLeft(2)
                        .setScale(2, RoundingMode.UP)) > 0) {
                    problems.add(Texts.text("proposal.funding.amount-above-rate", "name", name, "amount",
                            GermanFormat.money(amount), "rate", GermanFormat.number(rate), "limit",
                            GermanFormat.money(limit)));
                }
            }
            LocalDate deadline = deadline(entry.get(Proposal.APPLICATION_DEADLINE), terms.get(), problems);
            if (problems.size() == before) {
                result.add(new PlannedFunding(programme, name, rate.setScale(2), amount, deadline));
            }
        }
        BigDecimal sum = result.stream().map(PlannedFunding::amountEur).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (problems.isEmpty() && sum.compareTo(cost) > 0) {
            problems.add(Texts.text("proposal.funding.above-cost", "sum", GermanFormat.money(sum), "cost",
                    GermanFormat.money(cost)));
        }
        if (!problems.isEmpty()) {
            errors.put(field, String.join(" ", problems));
            return List.of();
        }
        return result;
    }

    private LocalDate deadline(Object value, FundingCatalog.Terms terms, List<String> problems) {
        String name = terms.name();
        if (isEmpty(value)) {
            if (terms.nextCallCloses() == null) {
                problems.add(Texts.text("proposal.funding.deadline-missing", "name", name));
            }
            return terms.nextCallCloses();
        }
        LocalDate deadline = Dates.parse(value).orElse(null);
        if (deadline == null) {
            problems.add(Texts.text("proposal.funding.deadline-invalid", "name", name));
        } else if (deadline.isBefore(today)) {
            problems.add(Texts.text("proposal.funding.deadline-past", "name", name, "deadline",
                    GermanFormat.date(deadline)));
        }
        return deadline;
    }
}
