package de.akn.workflow.measure;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/**
 * A member's part in a measure: invited (the lead member too, marked {@link #isLead()}), and later its
 * co-signing decision and share.
 */
@Entity
@Table(name = "akn_participation")
public class Participation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id", nullable = false, updatable = false)
    private Measure measure;

    @Column(name = "member_id", nullable = false, updatable = false)
    private String memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ParticipationStatus status;

    /** The proposing (lead) member: it implements the measure and decides on co-signing like the others. */
    @Column(name = "is_lead", nullable = false, updatable = false)
    private boolean lead;

    @Column(name = "council_meeting_date")
    private LocalDate councilMeetingDate;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private String comment;

    @Column(name = "cost_share_eur")
    private BigDecimal costShareEur;

    @Column(name = "staff_days_share")
    private BigDecimal staffDaysShare;

    /** The most the member will pay (its council's limit); a larger final share needs its confirmation. */
    @Column(name = "cost_ceiling_eur")
    private BigDecimal costCeilingEur;

    /** The cost share per budget year, adding up to {@link #getCostShareEur()}. */
    @ElementCollection
    @CollectionTable(name = "akn_participation_year_share",
            joinColumns = @JoinColumn(name = "participation_id"))
    @BatchSize(size = 100)
    private List<YearAmount> costSharesByYear = new ArrayList<>();

    /** What the member would have spent on the measure alone (optional; the measured synergy reads it). */
    @Column(name = "standalone_cost_eur")
    private BigDecimal standaloneCostEur;

    /** The body a council reservation waits for (one of the member's bodies; null: its council). */
    @Column(name = "council_body_id")
    private String councilBodyId;

    /** The council's paper (Drucksachen-Nr.) for this measure. */
    @Column(name = "council_paper_reference")
    private String councilPaperReference;

    @Version
    private long version;

    protected Participation() {
    }

    Participation(Measure measure, String memberId, boolean lead) {
        this.measure = measure;
        this.memberId = memberId;
        this.status = ParticipationStatus.INVITED;
        this.lead = lead;
    }

    void decide(ParticipationStatus status, String by, Instant at, String comment, LocalDate councilMeetingDate) {
        this.status = status;
        this.decidedBy = by;
        this.decidedAt = at;
        this.comment = comment;
        if (councilMeetingDate != null) {
            this.councilMeetingDate = councilMeetingDate;
        }
    }

    void waitFor(String councilBodyId) {
        if (councilBodyId != null) {
            this.councilBodyId = councilBodyId;
        }
    }

    void standalone(BigDecimal standaloneCostEur) {
        if (standaloneCostEur != null) {
            this.standaloneCostEur = standaloneCostEur;
        }
    }

    void limit(BigDecimal costCeilingEur, String councilPaperReference) {
        if (costCeilingEur != null) {
            this.costCeilingEur = costCeilingEur;
        }
        if (councilPaperReference != null) {
            this.councilPaperReference = councilPaperReference;
        }
    }

    void assignShare(BigDecimal costShareEur, BigDecimal staffDaysShare, List<YearAmount> byYear) {
        this.costShareEur = costShareEur;
        this.staffDaysShare = staffDaysShare;
        this.costSharesByYear.clear();
        this.costSharesByYear.addAll(byYear);
    }

    /** Signers are the members that co-signed (the lead member included, once it has). */
    public boolean isSigner() {
        return status.isSigner();
    }

    public Long getId() {
        return id;
    }

    public String getMemberId() {
        return memberId;
    }

    public ParticipationStatus getStatus() {
        return status;
    }

    public boolean isLead() {
        return lead;
    }

    public LocalDate getCouncilMeetingDate() {
        return councilMeetingDate;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getComment() {
        return comment;
    }

    public BigDecimal getCostShareEur() {
        return costShareEur;
    }

    /** The cost share per budget year (empty while the member has no share). */
    public List<YearAmount> getCostSharesByYear() {
        return costSharesByYear.stream().sorted(Comparator.comparingInt(YearAmount::getYear)).toList();
    }

    public BigDecimal getStandaloneCostEur() {
        return standaloneCostEur;
    }

    public String getCouncilBodyId() {
        return councilBodyId;
    }

    public BigDecimal getCostCeilingEur() {
        return costCeilingEur;
    }

    public String getCouncilPaperReference() {
        return councilPaperReference;
    }

    public BigDecimal getStaffDaysShare() {
        return staffDaysShare;
    }
}
