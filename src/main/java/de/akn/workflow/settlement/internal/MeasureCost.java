package de.akn.workflow.settlement.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An actual cost of a measure (an invoice), paid by one member: the lead (JOINT) or each signer (LOCAL). */
@Entity
@Table(name = "akn_measure_cost")
@AttributeOverride(name = "date", column = @Column(name = "cost_date", nullable = false, updatable = false))
public class MeasureCost extends MoneyEntry {

    @Column(nullable = false, updatable = false)
    private String description;

    @Column(name = "invoice_number", updatable = false)
    private String invoiceNumber;

    protected MeasureCost() {
    }

    public MeasureCost(Long measureId, String member, LocalDate date, BigDecimal amountEur, String description,
            String invoiceNumber, String recordedBy, Instant recordedAt) {
        super(measureId, member, date, amountEur, recordedBy, recordedAt);
        this.description = description;
        this.invoiceNumber = invoiceNumber;
    }

    public String getDescription() {
        return description;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }
}
