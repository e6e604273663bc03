package de.akn.workflow.measure;

import de.akn.workflow.common.Apportionment;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;

/** A joint measure of the alliance, from proposal to completion. */
@Entity
@Table(name = "akn_measure")
public class Measure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, unique = true)
    private String reference;

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

    @Column(name = "lead_member", nullable = false, updatable = false)
    private String leadMember;

    @Column(nullable = false, updatable = false)
    private String proposer;

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeasureStatus status;

    /** After the settlement: what the measure cost, the funding received and what the members bore. */
    @Column(name = "actual_cost_eur")
    private BigDecimal actualCostEur;

    @Column(name = "funding_received_eur")
    private BigDecimal fundingReceivedEur;

    @Column(name = "net_actual_cost_eur")
    private BigDecimal netActualCostEur;

    /** Released for the public site by the coordination (with a summary written for the public). */
    @Column(nullable = false)
    private boolean published;

    @Column(name = "public_summary")
    private String publicSummary;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** The measured synergy in money, from the settlement (every view reads this one figure). */
    @Column(name = "money_saved_eur")
    private BigDecimal moneySavedEur;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "adopted_at")
    private Instant adoptedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "measure", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Participation> participations = new ArrayList<>();

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

    protected Measure() {
    }

    Measure(String reference, Proposal proposal, String leadMember, String proposer, Instant now) {
        this.reference = reference;
        this.leadMember = leadMember;
        this.proposer = proposer;
        this.status = MeasureStatus.IN_REVIEW;
        this.createdAt = now;
        apply(proposal, now);
        participations.add(new Participation(this, leadMember, true));
        for (String member : proposal.invitedMembers()) {
            if (!member.equals(leadMember)) {
                participations.add(new Participation(this, member, false));
            }
        }
    }

    /** Takes over the (validated) proposal fields; invited members are fixed at proposal time. */
    void apply(Proposal proposal, Instant now) {
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
        // a revision plans the funding anew (nothing is applied for before adoption)
        this.funding.clear();
        proposal.funding().forEach(planned -> this.funding.add(new Funding(this, planned)));
        this.updatedAt = now;
    }

    void changeStatus(MeasureStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
        if (status == MeasureStatus.ADOPTED) {
            this.adoptedAt = now;
        } else if (status == MeasureStatus.COMPLETED) {
            this.completedAt = now;
        }
    }

    /** The settlement is complete: the actual figures and the money saved, measured. */
    void settled(BigDecimal actualCostEur, BigDecimal fundingReceivedEur, BigDecimal netActualCostEur,
            BigDecimal moneySavedEur, Instant at) {
        this.actualCostEur = actualCostEur;
        this.fundingReceivedEur = fundingReceivedEur;
        this.netActualCostEur = netActualCostEur;
        this.moneySavedEur = moneySavedEur;
        this.settledAt = at;
        this.updatedAt = at;
    }

    void attachProcessInstance(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Optional<Participation> participationOf(String memberId) {
        return participations.stream().filter(p -> p.getMemberId().equals(memberId)).findFirst();
    }

    /** The invited members besides the lead member. */
    public List<String> invitedMembers() {
        return participations.stream().filter(p -> !p.isLead()).map(Participation::getMemberId).toList();
    }

    /** Every member that decides on co-signing: the lead member first, then the invited ones. */
    public List<String> participantIds() {
        return participations.stream().sorted(Comparator.comparing(p -> !p.isLead()))
                .map(Participation::getMemberId).toList();
    }

    /** The lead member's participation (it decides on co-signing like every other member). */
    public Participation leadParticipation() {
        return participations.stream().filter(Participation::isLead).findFirst().orElseThrow();
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
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

    public String getLeadMember() {
        return leadMember;
    }

    public String getProposer() {
        return proposer;
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

    public BigDecimal getActualCostEur() {
        return actualCostEur;
    }

    public BigDecimal getFundingReceivedEur() {
        return fundingReceivedEur;
    }

    /** Released for the public site, with the summary the public reads. */
    void publish(String publicSummary, Instant at) {
        this.published = true;
        this.publicSummary = publicSummary;
        this.publishedAt = at;
        this.updatedAt = at;
    }

    public boolean isPublished() {
        return published;
    }

    public String getPublicSummary() {
        return publicSummary;
    }

    public Instant getPublishedAt() {
        return publishedAt;
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

    public BigDecimal getMoneySavedEur() {
        return moneySavedEur;
    }

    public BigDecimal getNetActualCostEur() {
        return netActualCostEur;
    }

    public Instant getSettledAt() {
        return settledAt;
    }

    /** Whether the settlement between the members is complete. */
    public boolean isSettled() {
        return settledAt != null;
    }

    /** The members that report progress: the lead member (JOINT), or every signer (LOCAL). */
    public List<String> reporters() {
        return implementation == Implementation.LOCAL ? signers().stream().map(Participation::getMemberId).toList()
                : List.of(leadMember);
    }

    public MeasureStatus getStatus() {
        return status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getAdoptedAt() {
        return adoptedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
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

    /** The signers: every member that co-signed, the lead member included once it has. */
    public List<Participation> signers() {
        return participations.stream().filter(Participation::isSigner).toList();
    }

    /** The participations, read-only: they change only through {@link MeasureService}. */
    public List<Participation> getParticipations() {
        return Collections.unmodifiableList(participations);
    }
}
