package de.akn.workflow.settlement.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Funding received for a measure from a granted programme (a payment of the funding body to a member). */
@Entity
@Table(name = "akn_funding_payment")
@AttributeOverride(name = "date", column = @Column(name = "payment_date", nullable = false, updatable = false))
public class FundingPayment extends MoneyEntry {

    @Column(name = "programme_id", nullable = false, updatable = false)
    private String programme;

    protected FundingPayment() {
    }

    public FundingPayment(Long measureId, String member, String programme, LocalDate date, BigDecimal amountEur,
            String recordedBy, Instant recordedAt) {
        super(measureId, member, date, amountEur, recordedBy, recordedAt);
        this.programme = programme;
    }

    public String getProgramme() {
        return programme;
    }
}
