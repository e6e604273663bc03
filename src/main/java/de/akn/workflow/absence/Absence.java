package de.akn.workflow.absence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A user is away from {@code startsOn} to {@code endsOn} (both included); {@code deputy} stands in. */
@Entity
@Table(name = "akn_absence")
public class Absence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false)
    private String deputy;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Absence() {
    }

    Absence(String userId, LocalDate startsOn, LocalDate endsOn, String deputy, String createdBy, Instant createdAt) {
        this.userId = userId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.deputy = deputy;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !from.isAfter(endsOn) && !to.isBefore(startsOn);
    }

    public Long getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getDeputy() {
        return deputy;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
