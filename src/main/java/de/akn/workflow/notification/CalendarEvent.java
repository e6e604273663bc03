package de.akn.workflow.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * An all-day calendar entry (a deadline, a council meeting) sent as an {@code .ics}
 * attachment (RFC 5545). The uid stays the same for the same deadline, so calendar
 * programs update the entry instead of adding a second one.
 */
public record CalendarEvent(String uid, LocalDate date, String summary, String description, String url) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(summary, "summary");
    }

    public String fileName() {
        return "termin-" + DATE.format(date) + ".ics";
    }

    /** The calendar as RFC 5545 text (CRLF line ends, folded lines, escaped values). */
    public String toIcs(String productId, Instant stamp) {
        var sb = new StringBuilder();
        line(sb, "BEGIN:VCALENDAR");
        line(sb, "VERSION:2.0");
        line(sb, "PRODID:-//" + escape(productId) + "//DE");
        line(sb, "CALSCALE:GREGORIAN");
        line(sb, "METHOD:PUBLISH");
        line(sb, "BEGIN:VEVENT");
        line(sb, "UID:" + escape(uid));
        line(sb, "DTSTAMP:" + STAMP.format(stamp));
        line(sb, "DTSTART;VALUE=DATE:" + DATE.format(date));
        line(sb, "DTEND;VALUE=DATE:" + DATE.format(date.plusDays(1)));
        line(sb, "SUMMARY:" + escape(summary));
        if (description != null && !description.isBlank()) {
            line(sb, "DESCRIPTION:" + escape(description));
        }
        if (url != null && !url.isBlank()) {
            line(sb, "URL:" + url);
        }
        line(sb, "TRANSP:TRANSPARENT");
        line(sb, "END:VEVENT");
        line(sb, "END:VCALENDAR");
        return sb.toString();
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
