package de.akn.workflow.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The validated fields of a measure proposal (see {@link ProposalValidator}). */
public record Proposal(
        String title,
        String summary,
        MeasureCategory category,
        Set<Integer> sdgs,
        BigDecimal estimatedCostEur,
        BigDecimal estimatedStaffDays,
        BigDecimal co2SavingsTonnesPerYear,
        CostSplit costSplit,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        List<String> invitedMembers,
        List<YearAmount> budget,
        List<PlannedFunding> funding,
        Implementation implementation,
        Co2 co2) {

    public Proposal {
        budget = List.copyOf(budget);
        funding = List.copyOf(funding);
        co2 = co2 == null ? Co2.NONE : co2;
    }

    /**
     * How the CO2 savings (CO2-equivalents) were determined, over how many years the measure works, and its area
     * of the European Energy Award (each optional).
     */
    public record Co2(String method, Integer lifetimeYears, Integer eeaField) {
        public static final Co2 NONE = new Co2(null, null, null);
    }

    public Proposal(String title, String summary, MeasureCategory category, Set<Integer> sdgs,
            BigDecimal estimatedCostEur, BigDecimal estimatedStaffDays, BigDecimal co2SavingsTonnesPerYear,
            CostSplit costSplit, LocalDate plannedStart, LocalDate plannedEnd, List<String> invitedMembers,
            List<YearAmount> budget, List<PlannedFunding> funding, Implementation implementation) {
        this(title, summary, category, sdgs, estimatedCostEur, estimatedStaffDays, co2SavingsTonnesPerYear, costSplit,
                plannedStart, plannedEnd, invitedMembers, budget, funding, implementation, Co2.NONE);
    }

    public Proposal(String title, String summary, MeasureCategory category, Set<Integer> sdgs,
            BigDecimal estimatedCostEur, BigDecimal estimatedStaffDays, BigDecimal co2SavingsTonnesPerYear,
            CostSplit costSplit, LocalDate plannedStart, LocalDate plannedEnd, List<String> invitedMembers,
            List<YearAmount> budget, List<PlannedFunding> funding) {
        this(title, summary, category, sdgs, estimatedCostEur, estimatedStaffDays, co2SavingsTonnesPerYear, costSplit,
                plannedStart, plannedEnd, invitedMembers, budget, funding, Implementation.JOINT);
    }

    /** Without budget years (all in the year of the planned start) and without funding. */
    public Proposal(String title, String summary, MeasureCategory category, Set<Integer> sdgs,
            BigDecimal estimatedCostEur, BigDecimal estimatedStaffDays, BigDecimal co2SavingsTonnesPerYear,
            CostSplit costSplit, LocalDate plannedStart, LocalDate plannedEnd, List<String> invitedMembers) {
        this(title, summary, category, sdgs, estimatedCostEur, estimatedStaffDays, co2SavingsTonnesPerYear, costSplit,
                plannedStart, plannedEnd, invitedMembers, List.of(new YearAmount(plannedStart.getYear(),
                        estimatedCostEur)), List.of());
    }

    /** Field names, shared by the API, the process variables and the forms. */
    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String CATEGORY = "category";
    public static final String SDGS = "sdgs";
    public static final String ESTIMATED_COST_EUR = "estimatedCostEur";
    public static final String ESTIMATED_STAFF_DAYS = "estimatedStaffDays";
    public static final String CO2_SAVINGS = "co2SavingsTonnesPerYear";
    public static final String COST_SPLIT = "costSplit";
    public static final String PLANNED_START = "plannedStart";
    public static final String PLANNED_END = "plannedEnd";
    public static final String INVITED_MEMBERS = "invitedMembers";
    /** The cost per budget year: a list of {@code {"year", "amountEur"}}. */
    public static final String BUDGET = "budget";
    /** Planned funding: a list of {@code {"programme", "ratePercent", "amountEur", "applicationDeadline"}}. */
    public static final String FUNDING = "funding";
    public static final String YEAR = "year";
    public static final String AMOUNT_EUR = "amountEur";
    public static final String PROGRAMME = "programme";
    public static final String RATE_PERCENT = "ratePercent";
    public static final String APPLICATION_DEADLINE = "applicationDeadline";
    /** JOINT (the lead implements and invoices the others, default) or LOCAL (every signer its own part). */
    public static final String IMPLEMENTATION = "implementation";
    /** How the CO2 savings were determined, free text such as "BISKO-konform" (optional). */
    public static final String CO2_METHOD = "co2Method";
    /** Over how many years the CO2 savings last, 1–50 (optional). */
    public static final String CO2_LIFETIME_YEARS = "co2LifetimeYears";
    /** The area of the European Energy Award, 1–6 (optional). */
    public static final String EEA_FIELD = "eeaField";
}
