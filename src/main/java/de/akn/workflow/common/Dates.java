package de.akn.workflow.common;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates as people type them in the forms ({@code TT.MM.JJJJ}) and as the API sends them
 * (ISO {@code JJJJ-MM-TT}, also with a time part). One parser for proposals, council meetings
 * and the timer expressions.
 */
public final class Dates {

    private static final Pattern GERMAN_PATTERN = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{4}");

    private Dates() {
    }

    /** The alliance's calendar day today, by the engine's clock (which the tests move). */
    public static LocalDate today() {
        return GermanFormat.day(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant());
    }

    /** The alliance's calendar day of an engine date (due dates), or null. */
    public static LocalDate day(Date date) {
        return date == null ? null : GermanFormat.day(date.toInstant());
    }

    /** An engine date (due dates, timers): the day at that time in the alliance's calendar. */
    public static Date at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(GermanFormat.ZONE).toInstant());
    }

    /** The date, or empty for a missing or unreadable value. */
    public static Optional<LocalDate> parse(Object value) {
        if (value instanceof LocalDate date) {
            return Optional.of(date);
        }
        if (value instanceof Date date) {
            return Optional.of(GermanFormat.day(date.toInstant()));
        }
        if (!(value instanceof String s) || s.isBlank()) {
            return Optional.empty();
        }
        String text = s.trim();
        try {
            if (GERMAN_PATTERN.matcher(text).matches()) {
                return Optional.of(LocalDate.parse(text, GermanFormat.DATE));
            }
            return Optional.of(LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T'
                    ? text.substring(0, 10) : text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
