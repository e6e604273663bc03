package de.akn.workflow.settlement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Funding received for a measure from a granted programme (a payment of the funding body to a member). */
@Entity
@Table(name = "akn_funding_payment")
public class FundingPayment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "measure_id", nullable = false, updatable = false)
    private Long measureId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private String member;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private String programme;

    @Column(name = "payment_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(name = "amount_eur", nullable = false, updatable = false)
    private BigDecimal amountEur;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected FundingPayment() {
    }

    public FundingPayment(Long measureId, String member, String programme, LocalDate date, BigDecimal amountEur,
            String recordedBy, Instant recordedAt) {
        this.measureId = measureId;
        this.member = member;
        this.programme = programme;
        this.date = date;
        this.amountEur = amountEur;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Cancelled (a wrong entry): kept for the audit, left out of every sum. */
    public void cancel(String by, Instant at) {
        this.cancelledBy = by;
        this.cancelledAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getMember() {
        return member;
    }

    public String getProgramme() {
        return programme;
    }

    public LocalDate getDate() {
        return date;
    }

    public BigDecimal getAmountEur() {
        return amountEur;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }
}
