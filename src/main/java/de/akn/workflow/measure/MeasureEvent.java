package de.akn.workflow.measure;

import de.akn.workflow.common.TextLimits;
import de.akn.workflow.measure.internal.EventDetailConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a measure's audit trail: who did what, when. Its detail is kept as text keys and values
 * ({@link EventDetail}) and rendered when shown; {@code detail} holds the text as it read when written
 * (the only detail of rows from before the keys were kept).
 */
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

    @Convert(converter = EventDetailConverter.class)
    @Column(name = "detail_parts", updatable = false)
    private EventDetail detailParts;

    protected MeasureEvent() {
    }

    public MeasureEvent(Long measureId, Instant at, String actor, String type, EventDetail detail) {
        this.measureId = measureId;
        this.at = at;
        this.actor = actor;
        this.type = type;
        EventDetail given = Objects.requireNonNullElse(detail, EventDetail.none());
        this.detail = TextLimits.fit(given.render());
        this.detailParts = given.parts().isEmpty() ? null : given;
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

    /** The detail in today's wording (as written for rows from before the keys were kept). */
    public String getDetail() {
        return detailParts == null ? detail : detailParts.renderOr(detail);
    }

    /** The detail's keys and values; empty for rows from before they were kept. */
    public Optional<EventDetail> detailParts() {
        return Optional.ofNullable(detailParts);
    }
}
