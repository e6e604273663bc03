package de.akn.workflow.measure;

import de.akn.workflow.common.TextLimits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of a measure's audit trail: who did what, when. */
@Entity
@Table(name = "akn_measure_event")
public class MeasureEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "measure_id", nullable = false, updatable = false)
    private Long measureId;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String type;

    @Column(updatable = false)
    private String detail;

    protected MeasureEvent() {
    }

    public MeasureEvent(Long measureId, Instant at, String actor, String type, String detail) {
        this.measureId = measureId;
        this.at = at;
        this.actor = actor;
        this.type = type;
        this.detail = TextLimits.fit(detail);
    }

    public Long getId() {
        return id;
    }

    public Long getMeasureId() {
        return measureId;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getType() {
        return type;
    }

    public String getDetail() {
        return detail;
    }
}
