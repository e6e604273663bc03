package de.akn.workflow.funding.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** A call of a funding programme: applications are accepted from {@code opens} to {@code closes}. */
@Embeddable
public class FundingCall {

    @Column(nullable = false)
    private LocalDate opens;

    @Column(nullable = false)
    private LocalDate closes;

    protected FundingCall() {
    }

    public FundingCall(LocalDate opens, LocalDate closes) {
        this.opens = Objects.requireNonNull(opens);
        this.closes = Objects.requireNonNull(closes);
    }

    public LocalDate getOpens() {
        return opens;
    }

    public LocalDate getCloses() {
        return closes;
    }
}
