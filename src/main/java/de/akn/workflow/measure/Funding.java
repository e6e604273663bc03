package de.akn.workflow.measure;

import jakarta.persistence.Column;
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
import java.time.LocalDate;

/**
 * Public funding of a measure from one programme: planned with the proposal, applied for by the lead
 * member, then granted (at the granted amount, with its Förderkennzeichen) or rejected. What is not
 * rejected lowers the cost the members share ({@link Measure#netCostEur()}).
 */
@Entity
@Table(name = "akn_measure_funding")
public class Funding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id", nullable = false, updatable = false)
    private Measure measure;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private String programme;

    /** The programme's name when the funding was planned ("Kommunalrichtlinie (NKI)"). */
    @Column(name = "programme_name", nullable = false, updatable = false)
    private String programmeName;

    @Column(name = "rate_percent", nullable = false)
    private BigDecimal ratePercent;

    @Column(name = "amount_eur", nullable = false)
    private BigDecimal amountEur;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FundingStatus status;

    @Column(name = "application_deadline", nullable = false)
    private LocalDate applicationDeadline;

    @Column(name = "applied_on")
    private LocalDate appliedOn;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "granted_amount_eur")
    private BigDecimal grantedAmountEur;

    @Column(name = "grant_reference")
    private String grantReference;

    @Version
    private long version;

    protected Funding() {
    }

    Funding(Measure measure, PlannedFunding planned) {
        this.measure = measure;
        this.programme = planned.programme();
        this.programmeName = planned.programmeName();
        this.ratePercent = planned.ratePercent();
        this.amountEur = planned.amountEur();
        this.applicationDeadline = planned.applicationDeadline();
        this.status = FundingStatus.PLANNED;
    }

    void applied(LocalDate on) {
        this.status = FundingStatus.APPLIED;
        this.appliedOn = on;
    }

    void decided(boolean granted, BigDecimal grantedAmountEur, String grantReference, LocalDate on) {
        this.status = granted ? FundingStatus.GRANTED : FundingStatus.REJECTED;
        this.grantedAmountEur = granted ? grantedAmountEur : null;
        this.grantReference = granted ? grantReference : null;
        this.decidedOn = on;
    }

    /** What the funding lowers the members' cost by: the granted amount, nothing if rejected, else as planned. */
    public BigDecimal effectiveAmountEur() {
        return switch (status) {
            case REJECTED -> BigDecimal.ZERO.setScale(2);
            case GRANTED -> grantedAmountEur;
            case PLANNED, APPLIED -> amountEur;
        };
    }

    public Long getId() {
        return id;
    }

    public String getProgramme() {
        return programme;
    }

    public String getProgrammeName() {
        return programmeName;
    }

    public BigDecimal getRatePercent() {
        return ratePercent;
    }

    public BigDecimal getAmountEur() {
        return amountEur;
    }

    public FundingStatus getStatus() {
        return status;
    }

    public LocalDate getApplicationDeadline() {
        return applicationDeadline;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public BigDecimal getGrantedAmountEur() {
        return grantedAmountEur;
    }

    public String getGrantReference() {
        return grantReference;
    }
}
