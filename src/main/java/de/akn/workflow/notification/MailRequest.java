package de.akn.workflow.notification;

import java.util.Map;
import java.util.Objects;

/**
 * A mail to queue: one recipient, a German Thymeleaf template ({@code templates/mail/<template>.html}
 * and {@code .txt}) with its model, a dedup key that makes the mail unique, and optionally a
 * calendar entry, a document to attach, and the measure and process instance it belongs to.
 */
public record MailRequest(
        String recipient,
        String subject,
        String template,
        Map<String, Object> model,
        String dedupKey,
        CalendarEvent calendarEvent,
        Long measureId,
        String processInstanceId,
        MailAttachment attachment) {

    public MailRequest(String recipient, String subject, String template, Map<String, Object> model, String dedupKey,
            CalendarEvent calendarEvent, Long measureId, String processInstanceId) {
        this(recipient, subject, template, model, dedupKey, calendarEvent, measureId, processInstanceId, null);
    }

    public MailRequest {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(dedupKey, "dedupKey");
        model = model == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(model));
    }

    public static MailRequest of(String recipient, String subject, String template, Map<String, Object> model,
            String dedupKey) {
        return new MailRequest(recipient, subject, template, model, dedupKey, null, null, null);
    }

    public MailRequest withCalendarEvent(CalendarEvent event) {
        return new MailRequest(recipient, subject, template, model, dedupKey, event, measureId, processInstanceId,
                attachment);
    }

    /** The same document attached to many mails is stored once. */
    public MailRequest withAttachment(MailAttachment document) {
        return new MailRequest(recipient, subject, template, model, dedupKey, calendarEvent, measureId,
                processInstanceId, document);
    }

    public MailRequest forMeasure(Long measureId, String processInstanceId) {
        return new MailRequest(recipient, subject, template, model, dedupKey, calendarEvent, measureId,
                processInstanceId, attachment);
    }

    /** The subject convention: the measure reference in brackets first. */
    public static String subject(String reference, String text) {
        return reference == null ? text : "[" + reference + "] " + text;
    }
}
