package de.akn.workflow.measure;

import de.akn.workflow.common.Apportionment;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;

/**
 * What a {@link Measure} plans, as proposed (and revised): its texts, cost, CO2 savings, period, budget
 * years and public funding. The columns belong to {@code akn_measure}.
 */
@MappedSuperclass
public abstract class MeasurePlan {

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeasureCategory category;

    @ElementCollection
    @CollectionTable(name = "akn_measure_sdg", joinColumns = @JoinColumn(name = "measure_id"))
    @Column(name = "sdg")
    @BatchSize(size = 100)
    @OrderBy
    private Set<Integer> sdgs = new TreeSet<>();

    @Column(name = "estimated_cost_eur", nullable = false)
    private BigDecimal estimatedCostEur;

    @Column(name = "estimated_staff_days", nullable = false)
    private BigDecimal estimatedStaffDays;

    /** Planned CO2 savings in tonnes of CO2-equivalents per year (as proposed). */
    @Column(name = "co2_savings_tonnes_per_year")
    private BigDecimal co2SavingsTonnesPerYear;

    @Column(name = "co2_method")
    private String co2Method;

    @Column(name = "co2_lifetime_years")
    private Integer co2LifetimeYears;

    @Column(name = "eea_field")
    private Integer eeaField;

    @Enumerated(EnumType.STRING)
    @Column(name = "cost_split", nullable = false)
    private CostSplit costSplit;

    @Column(name = "planned_start", nullable = false)
    private LocalDate plannedStart;

    @Column(name = "planned_end", nullable = false)
    private LocalDate plannedEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Implementation implementation = Implementation.JOINT;

    /** The cost per budget year (Haushaltsjahr), adding up to the estimated cost. */
    @ElementCollection
    @CollectionTable(name = "akn_measure_budget", joinColumns = @JoinColumn(name = "measure_id"))
    @BatchSize(size = 100)
    private List<YearAmount> budget = new ArrayList<>();

    /** Public funding, one entry per programme. */
    @OneToMany(mappedBy = "measure", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @BatchSize(size = 100)
    private List<Funding> funding = new ArrayList<>();

    protected MeasurePlan() {
    }

    /** Takes over the (validated) proposal fields; a revision plans the funding anew. */
    void plan(Proposal proposal, Measure measure) {
        this.title = proposal.title().trim();
        this.summary = proposal.summary().trim();
        this.category = proposal.category();
        this.sdgs = new TreeSet<>(proposal.sdgs());
        this.estimatedCostEur = proposal.estimatedCostEur();
        this.estimatedStaffDays = proposal.estimatedStaffDays();
        this.co2SavingsTonnesPerYear = proposal.co2SavingsTonnesPerYear();
        this.co2Method = proposal.co2().method();
        this.co2LifetimeYears = proposal.co2().lifetimeYears();
        this.eeaField = proposal.co2().eeaField();
        this.costSplit = proposal.costSplit();
        this.plannedStart = proposal.plannedStart();
        this.plannedEnd = proposal.plannedEnd();
        this.implementation = proposal.implementation();
        this.budget.clear();
        this.budget.addAll(proposal.budget());
        // nothing is applied for before adoption
        this.funding.clear();
        proposal.funding().forEach(planned -> this.funding.add(new Funding(measure, planned)));
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public MeasureCategory getCategory() {
        return category;
    }

    public Set<Integer> getSdgs() {
        return Collections.unmodifiableSet(sdgs);
    }

    public BigDecimal getEstimatedCostEur() {
        return estimatedCostEur;
    }

    public BigDecimal getEstimatedStaffDays() {
        return estimatedStaffDays;
    }

    public BigDecimal getCo2SavingsTonnesPerYear() {
        return co2SavingsTonnesPerYear;
    }

    public String getCo2Method() {
        return co2Method;
    }

    public Integer getCo2LifetimeYears() {
        return co2LifetimeYears;
    }

    public Integer getEeaField() {
        return eeaField;
    }

    public CostSplit getCostSplit() {
        return costSplit;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public Implementation getImplementation() {
        return implementation;
    }

    /** The cost per budget year, by year. */
    public List<YearAmount> getBudget() {
        return budget.stream().sorted(Comparator.comparingInt(YearAmount::getYear)).toList();
    }

    /** The funding, one entry per programme, read-only: it changes only through {@link MeasureService}. */
    public List<Funding> getFunding() {
        return Collections.unmodifiableList(funding);
    }

    public Optional<Funding> funding(Long fundingId) {
        return funding.stream().filter(f -> f.getId().equals(fundingId)).findFirst();
    }

    /** What the members share: the cost less the funding not rejected (granted at its granted amount). */
    public BigDecimal netCostEur() {
        return estimatedCostEur.subtract(funding.stream().map(Funding::effectiveAmountEur)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).max(BigDecimal.ZERO.setScale(2));
    }

    /** The net cost per budget year: split like the cost, to the cent. */
    public List<YearAmount> netBudget() {
        List<YearAmount> years = getBudget();
        if (years.isEmpty()) {
            return List.of(new YearAmount(plannedStart.getYear(), netCostEur()));
        }
        var parts = Apportionment.cents(netCostEur(), years.stream()
                .map(YearAmount::getAmountEur).toList());
        var result = new ArrayList<YearAmount>();
        for (int i = 0; i < years.size(); i++) {
            result.add(new YearAmount(years.get(i).getYear(), parts.get(i)));
        }
        return result;
    }
}
