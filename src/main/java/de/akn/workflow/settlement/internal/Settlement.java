package de.akn.workflow.settlement.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The settlement of a measure between its signers: the figures when it was opened, each signer's share
 * owed and outlay, and the transfers between the members (the lead member as clearing point).
 */
@Entity
@Table(name = "akn_settlement")
public class Settlement {

    public enum Status { OPEN, SETTLED }

    @Id
    @Column(name = "measure_id")
    private Long measureId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "settled_at")
    private Instant settledAt;

    /** By when the payers pay: set when the payments are requested (after any overrun is confirmed). */
    @Column(name = "payment_due")
    private LocalDate paymentDue;

    @Column(name = "actual_cost_eur", nullable = false, updatable = false)
    private BigDecimal actualCostEur;

    @Column(name = "funding_received_eur", nullable = false, updatable = false)
    private BigDecimal fundingReceivedEur;

    @Column(name = "net_actual_cost_eur", nullable = false, updatable = false)
    private BigDecimal netActualCostEur;

    @OneToMany(mappedBy = "settlement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<SettlementShare> shares = new ArrayList<>();

    @OneToMany(mappedBy = "settlement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<SettlementTransfer> transfers = new ArrayList<>();

    @Version
    private long version;

    protected Settlement() {
    }

    public Settlement(Long measureId, BigDecimal actualCostEur, BigDecimal fundingReceivedEur,
            BigDecimal netActualCostEur, Instant openedAt) {
        this.measureId = measureId;
        this.status = Status.OPEN;
        this.actualCostEur = actualCostEur;
        this.fundingReceivedEur = fundingReceivedEur;
        this.netActualCostEur = netActualCostEur;
        this.openedAt = openedAt;
    }

    public void addShare(String member, BigDecimal owedEur, BigDecimal outlayEur, BigDecimal ceilingEur) {
        shares.add(new SettlementShare(this, member, owedEur, outlayEur, ceilingEur));
    }

    public void addTransfer(String payer, String payee, BigDecimal amountEur, String cashReference,
            SettlementTransfer.BankAccount payeeAccount) {
        transfers.add(new SettlementTransfer(this, payer, payee, amountEur, cashReference, payeeAccount));
    }

    /** The payments are requested now (once): due after the given period. */
    public LocalDate requestPayments(LocalDate due) {
        if (paymentDue == null) {
            paymentDue = due;
        }
        return paymentDue;
    }

    public LocalDate getPaymentDue() {
        return paymentDue;
    }

    public void settle(Instant at) {
        this.status = Status.SETTLED;
        this.settledAt = at;
    }

    public Optional<SettlementShare> share(String member) {
        return shares.stream().filter(s -> s.getMember().equals(member)).findFirst();
    }

    public Optional<SettlementTransfer> transfer(Long id) {
        return transfers.stream().filter(t -> t.getId().equals(id)).findFirst();
    }

    public boolean allPaid() {
        return transfers.stream().allMatch(SettlementTransfer::isPaid);
    }

    public Long getMeasureId() {
        return measureId;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getSettledAt() {
        return settledAt;
    }

    public BigDecimal getActualCostEur() {
        return actualCostEur;
    }

    public BigDecimal getFundingReceivedEur() {
        return fundingReceivedEur;
    }

    public BigDecimal getNetActualCostEur() {
        return netActualCostEur;
    }

    public List<SettlementShare> getShares() {
        return Collections.unmodifiableList(shares);
    }

    public List<SettlementTransfer> getTransfers() {
        return Collections.unmodifiableList(transfers);
    }
}
