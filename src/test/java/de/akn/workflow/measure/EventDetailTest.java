package de.akn.workflow.measure;

import static org.assertj.core.api.Assertions.assertThat;

import de.akn.workflow.measure.internal.EventDetailConverter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An audit-trail row keeps its text's keys and values and is rendered in today's wording when shown. */
class EventDetailTest {

    private final EventDetailConverter column = new EventDetailConverter();

    @Test
    void shouldKeepKeysValuesLabelsAndCommentsThroughTheColumn() {
        EventDetail detail = EventDetail.of("event.sign-off.approved", "member", "die Stadt Kaarst")
                .andIf(true, "event.cosign.paper", "paper", "DS 12/2026").andIf(false, "event.sign-off.pending")
                .withComment("Im Haushalt eingeplant");
        String json = column.convertToDatabaseColumn(detail);
        assertThat(json).doesNotContain("Drucksache").contains("event.cosign.paper", "DS 12/2026");
        EventDetail read = column.convertToEntityAttribute(json);
        assertThat(read).isEqualTo(detail);
        assertThat(read.render()).isEqualTo(detail.render()).contains("die Stadt Kaarst", ", Drucksache DS 12/2026",
                ": Im Haushalt eingeplant");
    }

    @Test
    void shouldShowALabelInTodaysWordingAndGiveItsConstantBack() {
        EventDetail detail = EventDetail.of("event.cosign.member", "member", "Stadt Kaarst")
                .and("event.cosign.ceiling", "amount", "3.000,00 €").label("status", ParticipationStatus.COSIGNED);
        EventDetail read = column.convertToEntityAttribute(column.convertToDatabaseColumn(detail));
        assertThat(read.constant("status", ParticipationStatus.class)).contains(ParticipationStatus.COSIGNED);
        assertThat(read.constant("status", MeasureStatus.class)).isEmpty();
        assertThat(read.render()).startsWith("Stadt Kaarst").contains("3.000,00 €");
    }

    @Test
    void shouldShowALineAsWrittenWhenItsKeyIsGone() {
        var gone = new EventDetail(List.of(new EventDetail.Part("event.no-longer-there", Map.of(), Map.of(), null)));
        assertThat(gone.renderOr("Freigegeben")).isEqualTo("Freigegeben");
        var renamed = new EventDetail(List.of(new EventDetail.Part("event.cosign.member", Map.of(),
                Map.of("status", "label.ParticipationStatus.NO_LONGER_THERE"), null)));
        assertThat(renamed.constant("status", ParticipationStatus.class)).isEmpty();
    }

    @Test
    void shouldShowOldRowsAsWrittenAndAPersonsWordsAsTheyAre() {
        var row = new MeasureEvent(1L, Instant.now(), "km-kaarst", MeasureEventType.REJECTED,
                EventDetail.text("Nicht förderfähig."));
        assertThat(row.getDetail()).isEqualTo("Nicht förderfähig.");
        assertThat(EventDetail.none().render()).isNull();
        assertThat(column.convertToDatabaseColumn(EventDetail.none())).isNull();
        assertThat(EventDetail.of("event.revised").withComment(null).withRemark(" ").parts()).hasSize(1);
    }
}
