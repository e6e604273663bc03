package de.akn.workflow.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/** A queued mail as the MIME message that goes over the wire: text and HTML, the calendar file, a document, a stable id. */
final class MimeMessages {

    private MimeMessages() {
    }

    static MimeMessage of(Notification n, MailAttachment attachment, JavaMailSender sender, String from)
            throws MessagingException {
        Session session = sender instanceof JavaMailSenderImpl impl ? impl.getSession() : null;
        MimeMessage message = new StableIdMimeMessage(session, n.getMessageId());
        var helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(n.getRecipient());
        helper.setSubject(n.getSubject());
        helper.setText(n.getBodyText(), n.getBodyHtml());
        if (n.getIcs() != null) {
            helper.addAttachment(n.getIcsFileName(), new ByteArrayDataSource(
                    n.getIcs().getBytes(StandardCharsets.UTF_8), "text/calendar; charset=UTF-8; method=PUBLISH"));
        }
        if (attachment != null) {
            helper.addAttachment(attachment.fileName(), new ByteArrayDataSource(attachment.content(),
                    attachment.contentType()));
        }
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-AKN-Notification", String.valueOf(n.getId()));
        return message;
    }

    /** Keeps the Message-ID that JavaMail would otherwise replace on every save. */
    static final class StableIdMimeMessage extends MimeMessage {
        private final String messageId;

        StableIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
