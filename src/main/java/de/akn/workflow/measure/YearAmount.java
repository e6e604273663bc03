package de.akn.workflow.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount in one budget year (Haushaltsjahr): a measure's cost in that year, or a member's share of
 * it. Serialised as {@code {"year": 2027, "amountEur": 6000.00}}.
 */
@Embeddable
public class YearAmount {

    @Column(name = "budget_year", nullable = false)
    private int year;

    @Column(name = "amount_eur", nullable = false)
    private BigDecimal amountEur;

    protected YearAmount() {
    }

    public YearAmount(int year, BigDecimal amountEur) {
        this.year = year;
        this.amountEur = Objects.requireNonNull(amountEur, "amountEur");
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getAmountEur() {
        return amountEur;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YearAmount other && year == other.year && amountEur.compareTo(other.amountEur) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, amountEur.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return year + ": " + amountEur;
    }
}
