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

/** An actual cost of a measure (an invoice), paid by one member: the lead (JOINT) or each signer (LOCAL). */
@Entity
@Table(name = "akn_measure_cost")
public class MeasureCost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "measure_id", nullable = false, updatable = false)
    private Long measureId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private String member;

    @Column(name = "cost_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(name = "amount_eur", nullable = false, updatable = false)
    private BigDecimal amountEur;

    @Column(nullable = false, updatable = false)
    private String description;

    @Column(name = "invoice_number", updatable = false)
    private String invoiceNumber;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected MeasureCost() {
    }

    public MeasureCost(Long measureId, String member, LocalDate date, BigDecimal amountEur, String description,
            String invoiceNumber, String recordedBy, Instant recordedAt) {
        this.measureId = measureId;
        this.member = member;
        this.date = date;
        this.amountEur = amountEur;
        this.description = description;
        this.invoiceNumber = invoiceNumber;
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

    public LocalDate getDate() {
        return date;
    }

    public BigDecimal getAmountEur() {
        return amountEur;
    }

    public String getDescription() {
        return description;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
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
