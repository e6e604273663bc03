package de.akn.workflow.measure;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.TextLimits;
import de.akn.workflow.member.Member;
import de.akn.workflow.common.MemberKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static de.akn.workflow.common.Inputs.*;

/**
 * The rules for a measure proposal, in one place for the API, the Tasklist start form and
 * the revision form. Takes loosely typed input (JSON values or process variables), returns
 * a {@link Proposal} or a German message per invalid field.
 */
public final class ProposalValidator {

    /** The largest amount any form accepts (EUR, tonnes). */
    public static final BigDecimal MAX_EUR = new BigDecimal("1000000000");
    static final BigDecimal MAX_DAYS = new BigDecimal("100000");
    static final int MAX_SUMMARY = TextLimits.SUMMARY;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Map<String, Member> members;
    private final FundingCatalog programmes;
    private final LocalDate today;

    /** Without funding programmes (a proposal planning funding is refused), today by the engine's clock. */
    public ProposalValidator(Map<String, Member> members) {
        this(members, FundingCatalog.NONE, Dates.today());
    }

    /**
     * @param members    all members by id (active or not, partner included)
     * @param programmes the funding programmes a proposal may plan with
     * @param today      the alliance's day (an application deadline must not lie before it)
     */
    public ProposalValidator(Map<String, Member> members, FundingCatalog programmes, LocalDate today) {
        this.members = members;
        this.programmes = programmes;
        this.today = today;
    }

    /** The outcome: a proposal, or errors by field. */
    public record Result(Proposal proposal, Map<String, String> errors) {
        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    public Result validate(Map<String, ?> input, String leadMember) {
        var errors = new LinkedHashMap<String, String>();
        String title = text(input.get(Proposal.TITLE));
        if (title == null) {
            errors.put(Proposal.TITLE, Texts.text("proposal.title.missing"));
        } else if (title.length() < 5 || title.length() > TextLimits.TITLE) {
            errors.put(Proposal.TITLE, Texts.text("proposal.title.length", "max", TextLimits.TITLE, "length",
                    title.length()));
        }
        String summary = text(input.get(Proposal.SUMMARY));
        if (summary == null) {
            errors.put(Proposal.SUMMARY, Texts.text("proposal.summary.missing"));
        } else if (summary.length() > MAX_SUMMARY) {
            errors.put(Proposal.SUMMARY, TextLimits.tooLong(Texts.text("proposal.summary.what"), MAX_SUMMARY));
        }
        MeasureCategory category = enumValue(MeasureCategory.class, input.get(Proposal.CATEGORY), Proposal.CATEGORY,
                Texts.text("proposal.category.missing"), errors);
        Set<Integer> sdgs = sdgs(input.get(Proposal.SDGS), errors);
        BigDecimal cost = amount(input.get(Proposal.ESTIMATED_COST_EUR), Proposal.ESTIMATED_COST_EUR,
                Texts.text("proposal.cost.what"), 2, MAX_EUR, true, errors);
        BigDecimal staffDays = amount(input.get(Proposal.ESTIMATED_STAFF_DAYS), Proposal.ESTIMATED_STAFF_DAYS,
                Texts.text("proposal.staff-days.what"), 1, MAX_DAYS, true, errors);
        BigDecimal co2 = amount(input.get(Proposal.CO2_SAVINGS), Proposal.CO2_SAVINGS,
                Texts.text("proposal.co2.what"), 2, MAX_EUR, false, errors);
        // missing or empty: equal shares; anything else must name a split
        Object split = input.get(Proposal.COST_SPLIT);
        CostSplit costSplit = split == null || (split instanceof String text && text.isBlank())
                ? CostSplit.EQUAL
                : enumValue(CostSplit.class, input.get(Proposal.COST_SPLIT), Proposal.COST_SPLIT,
                        Texts.text("proposal.cost-split.missing"), errors);
        LocalDate start = date(input.get(Proposal.PLANNED_START), Proposal.PLANNED_START,
                Texts.text("proposal.start.what"), errors);
        LocalDate end = date(input.get(Proposal.PLANNED_END), Proposal.PLANNED_END, Texts.text("proposal.end.what"),
                errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.put(Proposal.PLANNED_END, Texts.text("proposal.end.before-start", "end", GermanFormat.date(end),
                    "start", GermanFormat.date(start)));
        }
        List<String> invited = invitedMembers(input.get(Proposal.INVITED_MEMBERS), leadMember, errors);
        List<YearAmount> budget = cost == null || start == null || end == null || errors.containsKey(Proposal.PLANNED_END)
                ? List.of() : budget(input.get(Proposal.BUDGET), cost, start, end, errors);
        List<PlannedFunding> funding = cost == null ? List.of() : funding(input.get(Proposal.FUNDING), cost, errors);
        Object implementationValue = input.get(Proposal.IMPLEMENTATION);
        Implementation implementation = isEmpty(implementationValue) ? Implementation.JOINT
                : enumValue(Implementation.class, implementationValue, Proposal.IMPLEMENTATION,
                        Texts.text("proposal.implementation.missing"), errors);
        Proposal.Co2 co2Details = co2(input, errors);
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        return new Result(new Proposal(title, summary, category, sdgs, cost, staffDays, co2, costSplit, start, end,
                invited, budget, funding, implementation, co2Details), Map.of());
    }

    /** The method (free text, optional), the lifetime 1–50 years and the eea area 1–6 (each optional). */
    private static Proposal.Co2 co2(Map<String, ?> input, Map<String, String> errors) {
        String method = Inputs.text(input.get(Proposal.CO2_METHOD));
        if (method != null && method.length() > TextLimits.TITLE) {
            errors.put(Proposal.CO2_METHOD, TextLimits.tooLong(Texts.text("proposal.co2-method"), TextLimits.TITLE));
            method = null;
        }
        Integer lifetime = whole(input.get(Proposal.CO2_LIFETIME_YEARS), Proposal.CO2_LIFETIME_YEARS, 1, 50,
                Texts.text("proposal.co2-lifetime"), errors);
        Integer eea = whole(input.get(Proposal.EEA_FIELD), Proposal.EEA_FIELD, EeaField.FIRST, EeaField.LAST,
                Texts.text("proposal.eea-field"), errors);
        return new Proposal.Co2(method, lifetime, eea);
    }

    /** A whole number within the bounds, or null when empty. */
    private static Integer whole(Object value, String field, int min, int max, String message,
            Map<String, String> errors) {
        if (isEmpty(value)) {
            return null;
        }
        BigDecimal number = Inputs.decimal(value);
        if (number == null || number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(min)) < 0
                || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            errors.put(field, message);
            return null;
        }
        return number.intValueExact();
    }

    /**
     * The cost per budget year: each year within the planned period, once, the amounts adding up to the
     * cost to the cent. None given: all in the year of the planned start.
     */
    private static List<YearAmount> budget(Object value, BigDecimal cost, LocalDate start, LocalDate end,
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

    /**
     * Planned funding: a known programme each, once; a rate above 0, at most the programme's maximum (and
     * 100 %); the amount (default: the rate of the cost) at most that rate of the cost; all together at most
     * the cost; the application deadline (default: the close of the programme's next call) not in the past.
     */
    private List<PlannedFunding> funding(Object value, BigDecimal cost, Map<String, String> errors) {
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

    /** A row of a form's list left empty (form-js submits it as an object without values). */
    private static boolean blank(Map<?, ?> row) {
        return row.values().stream().allMatch(ProposalValidator::isEmpty);
    }

    private static boolean isEmpty(Object value) {
        return value == null || (value instanceof String text && text.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty());
    }

    private List<String> invitedMembers(Object value, String leadMember, Map<String, String> errors) {
        String field = Proposal.INVITED_MEMBERS;
        List<?> list = list(value);
        if (list == null) {
            errors.put(field, Texts.text(value == null ? "proposal.invited.missing" : "proposal.invited.not-a-list"));
            return List.of();
        }
        var result = new LinkedHashSet<String>();
        var problems = new ArrayList<String>();
        for (Object item : list) {
            String id = text(item);
            if (id == null) {
                problems.add(Texts.text("proposal.invited.empty"));
                continue;
            }
            Member member = members.get(id);
            if (member == null) {
                problems.add(Texts.text("proposal.invited.unknown", "id", shorten(id)));
            } else if (member.getKind() == MemberKind.PARTNER) {
                problems.add(Texts.text("proposal.invited.partner", "member", member.nominative(true)));
            } else if (!member.isActive()) {
                problems.add(Texts.text("proposal.invited.inactive", "member", member.nominative(true)));
            } else if (!result.add(id)) {
                problems.add(Texts.text("proposal.invited.twice", "member", member.nominative(true)));
            }
        }
        result.remove(leadMember);
        if (!problems.isEmpty()) {
            errors.put(field, String.join(" ", problems));
        } else if (result.isEmpty()) {
            errors.put(field, Texts.text("proposal.invited.only-own"));
        }
        return List.copyOf(result);
    }

    private static Set<Integer> sdgs(Object value, Map<String, String> errors) {
        List<?> list = list(value);
        if (list == null || list.isEmpty()) {
            errors.put(Proposal.SDGS, Texts.text(value == null || list != null ? "proposal.sdgs.missing"
                    : "proposal.sdgs.not-a-list"));
            return Set.of();
        }
        var result = new TreeSet<Integer>();
        for (Object item : list) {
            Integer sdg = integer(item);
            if (sdg == null || sdg < 1 || sdg > 17) {
                errors.put(Proposal.SDGS, Texts.text("proposal.sdgs.invalid", "value", shorten(String.valueOf(item))));
                return Set.of();
            }
            if (!result.add(sdg)) {
                errors.put(Proposal.SDGS, Texts.text("proposal.sdgs.twice", "sdg", sdg));
                return Set.of();
            }
        }
        return result;
    }
}
