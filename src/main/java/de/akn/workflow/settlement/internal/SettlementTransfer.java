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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A reimbursement between two members of a settlement, confirmed by the member that pays it. */
@Entity
@Table(name = "akn_settlement_transfer")
public class SettlementTransfer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id", nullable = false, updatable = false)
    private Settlement settlement;

    @Column(nullable = false, updatable = false)
    private String payer;

    @Column(nullable = false, updatable = false)
    private String payee;

    @Column(name = "amount_eur", nullable = false, updatable = false)
    private BigDecimal amountEur;

    /** The Kassenzeichen the payer gives as Verwendungszweck. */
    @Column(name = "cash_reference", nullable = false, updatable = false)
    private String cashReference;

    @Column(name = "payee_iban", updatable = false)
    private String payeeIban;

    @Column(name = "payee_bic", updatable = false)
    private String payeeBic;

    @Column(name = "payee_bank_name", updatable = false)
    private String payeeBankName;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "payment_reference")
    private String paymentReference;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Version
    private long version;

    protected SettlementTransfer() {
    }

    SettlementTransfer(Settlement settlement, String payer, String payee, BigDecimal amountEur, String cashReference,
            BankAccount payeeAccount) {
        this.settlement = settlement;
        this.payer = payer;
        this.payee = payee;
        this.amountEur = amountEur;
        this.cashReference = cashReference;
        if (payeeAccount != null) {
            this.payeeIban = payeeAccount.iban();
            this.payeeBic = payeeAccount.bic();
            this.payeeBankName = payeeAccount.bankName();
        }
    }

    /** The payee's bank account as it was when the settlement opened (what its claim letter names). */
    public record BankAccount(String iban, String bic, String bankName) {
    }

    /** The payee's account of the claim, or null if the payee had none on record. */
    public BankAccount getPayeeAccount() {
        return payeeIban == null ? null : new BankAccount(payeeIban, payeeBic, payeeBankName);
    }

    public void paid(LocalDate on, String reference, String by, Instant at) {
        this.paidOn = on;
        this.paymentReference = reference;
        this.confirmedBy = by;
        this.confirmedAt = at;
    }

    public boolean isPaid() {
        return paidOn != null;
    }

    public Long getId() {
        return id;
    }

    public String getPayer() {
        return payer;
    }

    public String getPayee() {
        return payee;
    }

    public BigDecimal getAmountEur() {
        return amountEur;
    }

    public String getCashReference() {
        return cashReference;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public String getPaymentReference() {
        return paymentReference;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }
}
