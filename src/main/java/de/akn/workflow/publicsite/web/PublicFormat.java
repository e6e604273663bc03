package de.akn.workflow.publicsite.web;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.measure.EeaField;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.publicsite.PublishedMeasures.Published;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** German formats for the public templates ({@code ${fmt.money(…)}}). */
public final class PublicFormat {

    static final PublicFormat INSTANCE = new PublicFormat();

    public String money(BigDecimal value) {
        return value == null ? GermanFormat.NONE : GermanFormat.money(value);
    }

    public String number(BigDecimal value) {
        return value == null ? GermanFormat.NONE : GermanFormat.number(value);
    }

    /** A factor as percent: 0.7 → "70 %". */
    public String percent(BigDecimal factor) {
        return GermanFormat.number(factor.movePointRight(2)) + " %";
    }

    public String integer(long value) {
        return GermanFormat.integer(value);
    }

    public String date(LocalDate value) {
        return value == null ? GermanFormat.NONE : GermanFormat.date(value);
    }

    public String date(Instant value) {
        return value == null ? GermanFormat.NONE : GermanFormat.date(value);
    }

    /** "vereinbart" or "abgeschlossen": the alliance agrees on measures, councils decide. */
    public String status(Published measure) {
        return measure.status() == MeasureStatus.COMPLETED ? "abgeschlossen" : "vereinbart";
    }

    /** "4 – Mobilität", or null when the measure names no eea area. */
    public String eea(Published measure) {
        return EeaField.label(measure.eeaField());
    }

    public String sdgs(Published measure) {
        return measure.sdgs().isEmpty() ? GermanFormat.NONE
                : String.join(", ", measure.sdgs().stream().map(String::valueOf).toList());
    }
}
