package de.akn.workflow.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * A calendar entry sent as an {@code .ics} attachment (RFC 5545): all-day (a deadline, a council
 * meeting) or, with {@code start} and {@code end}, at a time and place (an alliance meeting). The uid
 * stays the same for the same deadline, so calendar programs update the entry instead of adding a second one.
 */
public record CalendarEvent(String uid, LocalDate date, String summary, String description, String url,
        Instant start, Instant end, String location) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(summary, "summary");
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("start and end go together");
        }
    }

    /** An all-day entry. */
    public CalendarEvent(String uid, LocalDate date, String summary, String description, String url) {
        this(uid, date, summary, description, url, null, null, null);
    }

    /** An entry from {@code start} to {@code end} at {@code location} (times in UTC in the file). */
    public static CalendarEvent timed(String uid, Instant start, Instant end, String summary, String description,
            String url, String location) {
        return new CalendarEvent(uid, start.atZone(de.akn.workflow.common.GermanFormat.ZONE).toLocalDate(), summary,
                description, url, start, end, location);
    }

    public String fileName() {
        return "termin-" + DATE.format(date) + ".ics";
    }

    /** The calendar as RFC 5545 text (CRLF line ends, folded lines, escaped values). */
    public String toIcs(String productId, Instant stamp) {
        return calendar(productId, stamp, List.of(this));
    }

    /** A calendar with several entries (e.g. the funding calendar), RFC 5545. */
    public static String calendar(String productId, Instant stamp, List<CalendarEvent> events) {
        var sb = new StringBuilder();
        line(sb, "BEGIN:VCALENDAR");
        line(sb, "VERSION:2.0");
        line(sb, "PRODID:-//" + escape(productId) + "//DE");
        line(sb, "CALSCALE:GREGORIAN");
        line(sb, "METHOD:PUBLISH");
        events.forEach(event -> event.appendEvent(sb, stamp));
        line(sb, "END:VCALENDAR");
        return sb.toString();
    }

    private void appendEvent(StringBuilder sb, Instant stamp) {
        line(sb, "BEGIN:VEVENT");
        line(sb, "UID:" + escape(uid));
        line(sb, "DTSTAMP:" + STAMP.format(stamp));
        if (start != null) {
            line(sb, "DTSTART:" + STAMP.format(start));
            line(sb, "DTEND:" + STAMP.format(end));
        } else {
            line(sb, "DTSTART;VALUE=DATE:" + DATE.format(date));
            line(sb, "DTEND;VALUE=DATE:" + DATE.format(date.plusDays(1)));
        }
        line(sb, "SUMMARY:" + escape(summary));
        if (location != null && !location.isBlank()) {
            line(sb, "LOCATION:" + escape(location));
        }
        if (description != null && !description.isBlank()) {
            line(sb, "DESCRIPTION:" + escape(description));
        }
        if (url != null && !url.isBlank()) {
            line(sb, "URL:" + url);
        }
        line(sb, start != null ? "TRANSP:OPAQUE" : "TRANSP:TRANSPARENT");
        line(sb, "END:VEVENT");
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "");
    }

    /** Folds a content line after 75 octets (UTF-8), never inside a character. */
    private static void line(StringBuilder sb, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + len > limit) {
                sb.append("\r\n ");
                octets = 1;
            }
            sb.appendCodePoint(cp);
            octets += len;
            i += Character.charCount(cp);
        }
        sb.append("\r\n");
    }
}
