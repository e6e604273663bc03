package de.akn.workflow.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * The one place for how the alliance writes dates and amounts, and in which time zone its days
 * begin: {@code TT.MM.JJJJ}, {@code 12.000,50 €}, {@code 8,4}; Europe/Berlin.
 */
public final class GermanFormat {

    /** The alliance's time zone: due dates, "today", report years. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    public static final Locale LOCALE = Locale.GERMANY;
    /** {@code TT.MM.JJJJ}, strict (no 31.02.). */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    /** What a missing figure shows. */
    public static final String NONE = "–";

    private GermanFormat() {
    }

    public static String date(LocalDate date) {
        return date == null ? NONE : DATE.format(date);
    }

    /** The calendar day of an instant in the alliance's time zone, as {@code TT.MM.JJJJ}. */
    public static String date(Instant instant) {
        return instant == null ? NONE : DATE.format(instant.atZone(ZONE));
    }

    public static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** {@code 12.000,50 €}. */
    public static String money(BigDecimal value) {
        return value == null ? NONE : NumberFormat.getCurrencyInstance(LOCALE).format(value);
    }

    /** A German enumeration: "a", "a und b", "a, b und c". */
    public static String list(java.util.List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " und " + items.get(items.size() - 1);
    }

    /** {@code 1.234,5}: as many decimals as the value has (up to three). */
    public static String number(BigDecimal value) {
        return value == null ? NONE : NumberFormat.getNumberInstance(LOCALE).format(value);
    }

    /** A German number format with at most {@code maxFractionDigits} decimals (reports, chart axes). */
    public static NumberFormat numberFormat(int maxFractionDigits) {
        var format = NumberFormat.getNumberInstance(LOCALE);
        format.setMaximumFractionDigits(maxFractionDigits);
        return format;
    }

    /** {@code 1.234}. */
    public static String integer(long value) {
        return NumberFormat.getIntegerInstance(LOCALE).format(value);
    }
}
