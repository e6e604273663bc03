package de.akn.workflow.notification;

import java.util.Objects;

/**
 * A document attached to mails (an agenda, minutes). Mails that carry the same instance share one stored
 * copy ({@code akn_mail_attachment}), so an invitation to every member stores the PDF once.
 */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    public MailAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }

    public static MailAttachment pdf(String fileName, byte[] content) {
        return new MailAttachment(fileName, "application/pdf", content);
    }
}
