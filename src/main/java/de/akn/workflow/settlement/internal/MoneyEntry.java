package de.akn.workflow.settlement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An amount of money recorded for a measure and a member on a day — a cost paid or funding received: who
 * recorded it and when, and, for a wrong entry, who cancelled it (kept for the audit, left out of every sum).
 * Each table names its day column itself ({@code @AttributeOverride} of {@code date}).
 */
@MappedSuperclass
public abstract class MoneyEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "measure_id", nullable = false, updatable = false)
    private Long measureId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private String member;

    @Column(nullable = false, updatable = false)
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

    protected MoneyEntry() {
    }

    protected MoneyEntry(Long measureId, String member, LocalDate date, BigDecimal amountEur, String recordedBy,
            Instant recordedAt) {
        this.measureId = measureId;
        this.member = member;
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
