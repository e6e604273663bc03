package de.akn.workflow.funding.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/** A funding programme with its calls (data: seeded from configuration, edited by the coordinator). */
@Entity
@Table(name = "akn_funding_programme")
public class FundingProgramme {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    private String provider;

    private String url;

    @Column(name = "max_rate_percent", nullable = false)
    private BigDecimal maxRatePercent;

    @ElementCollection
    @CollectionTable(name = "akn_funding_call", joinColumns = @JoinColumn(name = "programme_id"))
    @BatchSize(size = 50)
    private List<FundingCall> calls = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected FundingProgramme() {
    }

    public FundingProgramme(String id, String name, String provider, String url, BigDecimal maxRatePercent,
            List<FundingCall> calls, Instant now) {
        this.id = id;
        this.createdAt = now;
        change(name, provider, url, maxRatePercent, calls, now);
    }

    /** Sets every field that is given (null keeps it; the calls given replace the calls). */
    public void change(String name, String provider, String url, BigDecimal maxRatePercent, List<FundingCall> calls,
            Instant now) {
        if (name != null) {
            this.name = name;
        }
        if (provider != null) {
            this.provider = provider.isBlank() ? null : provider;
        }
        if (url != null) {
            this.url = url.isBlank() ? null : url;
        }
        if (maxRatePercent != null) {
            this.maxRatePercent = maxRatePercent;
        }
        if (calls != null) {
            this.calls.clear();
            this.calls.addAll(calls);
        }
        this.updatedAt = now;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getProvider() {
        return provider;
    }

    public String getUrl() {
        return url;
    }

    public BigDecimal getMaxRatePercent() {
        return maxRatePercent;
    }

    /** The calls, by closing day. */
    public List<FundingCall> getCalls() {
        return calls.stream().sorted(Comparator.comparing(FundingCall::getCloses)).toList();
    }
}
