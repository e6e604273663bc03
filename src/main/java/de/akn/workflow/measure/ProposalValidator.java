package de.akn.workflow.measure;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.TextLimits;
import de.akn.workflow.member.Member;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
        List<String> invited = new InvitedMembers(members).read(input.get(Proposal.INVITED_MEMBERS), leadMember,
                errors);
        List<YearAmount> budget = cost == null || start == null || end == null || errors.containsKey(Proposal.PLANNED_END)
                ? List.of() : BudgetRows.read(input.get(Proposal.BUDGET), cost, start, end, errors);
        List<PlannedFunding> funding = cost == null ? List.of()
                : new FundingRows(programmes, today).read(input.get(Proposal.FUNDING), cost, errors);
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

    /** A row of a form's list left empty (form-js submits it as an object without values). */
    static boolean blank(Map<?, ?> row) {
        return row.values().stream().allMatch(ProposalValidator::isEmpty);
    }

    static boolean isEmpty(Object value) {
        return value == null || (value instanceof String text && text.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty());
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
