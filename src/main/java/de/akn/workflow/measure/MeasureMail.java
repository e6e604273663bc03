package de.akn.workflow.measure;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.notification.CalendarEvent;
import de.akn.workflow.notification.MailAttachment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One kind of mail about a measure, ready to send to several people: the kind names its wording
 * in {@code templates/mail/messages_de.properties}; {@code values} fill its placeholders;
 * {@code details} are the lines of the list under the text; a quoted {@code comment}, the button's
 * {@code linkUrl}, an optional calendar entry and an optional attached document complete it.
 */
public record MeasureMail(String kind, Map<String, Object> values, List<String> details, String comment,
        String linkUrl, CalendarEvent calendar, MailAttachment attachment) {

    public MeasureMail {
        values = Map.copyOf(values);
        details = List.copyOf(details);
    }

    public static MeasureMail of(String kind) {
        return new MeasureMail(kind, Map.of(), List.of(), null, null, null, null);
    }

    /** Another placeholder value (a null value shows as "–"). */
    public MeasureMail with(String name, Object value) {
        var copy = new HashMap<>(values);
        copy.put(name, value == null ? GermanFormat.NONE : value);
        return new MeasureMail(kind, copy, details, comment, linkUrl, calendar, attachment);
    }

    public MeasureMail details(List<String> lines) {
        return new MeasureMail(kind, values, lines, comment, linkUrl, calendar, attachment);
    }

    public MeasureMail comment(String text) {
        return new MeasureMail(kind, values, details, text, linkUrl, calendar, attachment);
    }

    public MeasureMail link(String url) {
        return new MeasureMail(kind, values, details, comment, url, calendar, attachment);
    }

    public MeasureMail calendar(CalendarEvent event) {
        return new MeasureMail(kind, values, details, comment, linkUrl, event, attachment);
    }

    /** A document attached to the mail (e.g. a Kostenerstattungsanforderung as PDF). */
    public MeasureMail attach(MailAttachment document) {
        return new MeasureMail(kind, values, details, comment, linkUrl, calendar, document);
    }
}
