package de.akn.workflow.measure;

import static org.assertj.core.api.Assertions.assertThat;

import de.akn.workflow.implementation.ProgressStatus;
import de.akn.workflow.measure.internal.EventDetailConverter;
import java.time.Instant;
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
        EventDetail detail = EventDetail.of("event.report.summary", "who", "", "kind", "Bericht 1", "percent", 40,
                "spent", "1.000,00 €", "reason", "").label("status", ProgressStatus.ON_TRACK);
        EventDetail read = column.convertToEntityAttribute(column.convertToDatabaseColumn(detail));
        assertThat(read.constant("status", ProgressStatus.class)).contains(ProgressStatus.ON_TRACK);
        assertThat(read.render()).contains("40 %", ProgressStatus.ON_TRACK.label());
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
