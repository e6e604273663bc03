package de.akn.workflow.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * After the settlement: what the measure cost, the funding received, what the members bore and the
 * measured synergy in money (every view reads this one figure). Columns of {@code akn_measure}.
 */
@Embeddable
class SettledFigures {

    /** Not settled yet (Hibernate leaves the embedded part null while all its columns are). */
    static final SettledFigures NONE = new SettledFigures();

    @Column(name = "actual_cost_eur")
    private BigDecimal actualCostEur;

    @Column(name = "funding_received_eur")
    private BigDecimal fundingReceivedEur;

    @Column(name = "net_actual_cost_eur")
    private BigDecimal netActualCostEur;

    @Column(name = "money_saved_eur")
    private BigDecimal moneySavedEur;

    @Column(name = "settled_at")
    private Instant settledAt;

    protected SettledFigures() {
    }

    SettledFigures(BigDecimal actualCostEur, BigDecimal fundingReceivedEur, BigDecimal netActualCostEur,
            BigDecimal moneySavedEur, Instant settledAt) {
        this.actualCostEur = actualCostEur;
        this.fundingReceivedEur = fundingReceivedEur;
        this.netActualCostEur = netActualCostEur;
        this.moneySavedEur = moneySavedEur;
        this.settledAt = settledAt;
    }

    BigDecimal actualCostEur() {
        return actualCostEur;
    }

    BigDecimal fundingReceivedEur() {
        return fundingReceivedEur;
    }

    BigDecimal netActualCostEur() {
        return netActualCostEur;
    }

    BigDecimal moneySavedEur() {
        return moneySavedEur;
    }

    Instant settledAt() {
        return settledAt;
    }
}
