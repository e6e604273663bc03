package de.akn.workflow.settlement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A signer in a settlement: what it owes (its share of the net actual cost), what it laid out, its ceiling. */
@Entity
@Table(name = "akn_settlement_share")
public class SettlementShare {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id", nullable = false, updatable = false)
    private Settlement settlement;

    @Column(name = "member_id", nullable = false, updatable = false)
    private String member;

    @Column(name = "owed_eur", nullable = false, updatable = false)
    private BigDecimal owedEur;

    @Column(name = "outlay_eur", nullable = false, updatable = false)
    private BigDecimal outlayEur;

    @Column(name = "ceiling_eur", updatable = false)
    private BigDecimal ceilingEur;

    @Column(name = "overrun_confirmed_by")
    private String overrunConfirmedBy;

    @Column(name = "overrun_confirmed_at")
    private Instant overrunConfirmedAt;

    protected SettlementShare() {
    }

    SettlementShare(Settlement settlement, String member, BigDecimal owedEur, BigDecimal outlayEur,
            BigDecimal ceilingEur) {
        this.settlement = settlement;
        this.member = member;
        this.owedEur = owedEur;
        this.outlayEur = outlayEur;
        this.ceilingEur = ceilingEur;
    }

    /** Whether it owes more than its ceiling (its council must agree to the overrun). */
    public boolean isOverrun() {
        return ceilingEur != null && owedEur.compareTo(ceilingEur) > 0;
    }

    public void confirmOverrun(String by, Instant at) {
        this.overrunConfirmedBy = by;
        this.overrunConfirmedAt = at;
    }

    public String getMember() {
        return member;
    }

    public BigDecimal getOwedEur() {
        return owedEur;
    }

    public BigDecimal getOutlayEur() {
        return outlayEur;
    }

    public BigDecimal getCeilingEur() {
        return ceilingEur;
    }

    public String getOverrunConfirmedBy() {
        return overrunConfirmedBy;
    }

    public Instant getOverrunConfirmedAt() {
        return overrunConfirmedAt;
    }
}
