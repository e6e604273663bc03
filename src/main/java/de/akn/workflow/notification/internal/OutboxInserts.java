package de.akn.workflow.notification.internal;

import de.akn.workflow.notification.MailAttachment;
import de.akn.workflow.notification.Notification;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Inserts many new mails into the outbox as JDBC batches, in the caller's transaction. The identity
 * column keeps Hibernate from batching inserts, and a sweep or a mail to every signer queues hundreds
 * to thousands of rows at once (issue #16).
 */
@Component
public class OutboxInserts {

    private static final int BATCH_SIZE = 500;
    private static final String INSERT = """
            insert into akn_notification (dedup_key, recipient, subject, body_text, body_html, ics, ics_file_name,
                message_id, measure_id, process_instance_id, status, attempts, next_attempt_at, created_at, attachment_id,
                version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";
    private static final String INSERT_ATTACHMENT = """
            insert into akn_mail_attachment (file_name, content_type, content, created_at) values (?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;

    OutboxInserts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the (new, not yet persisted) mails. */
    public void insert(List<Notification> mails) {
        if (!mails.isEmpty()) {
            jdbc.batchUpdate(INSERT, mails, BATCH_SIZE, OutboxInserts::bind);
        }
    }

    /** Stores a document for mails to refer to; returns its id. */
    public long insertAttachment(MailAttachment attachment, Instant now) {
        var key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(INSERT_ATTACHMENT, new String[] {"id"});
            statement.setString(1, attachment.fileName());
            statement.setString(2, attachment.contentType());
            statement.setBytes(3, attachment.content());
            statement.setObject(4, utc(now));
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    /** A stored document, or null. */
    public MailAttachment attachment(long id) {
        return jdbc.query("select file_name, content_type, content from akn_mail_attachment where id = ?",
                rs -> rs.next() ? new MailAttachment(rs.getString(1), rs.getString(2), rs.getBytes(3)) : null, id);
    }

    private static void bind(PreparedStatement statement, Notification n) throws SQLException {
        statement.setString(1, n.getDedupKey());
        statement.setString(2, n.getRecipient());
        statement.setString(3, n.getSubject());
        statement.setString(4, n.getBodyText());
        statement.setString(5, n.getBodyHtml());
        statement.setString(6, n.getIcs());
        statement.setString(7, n.getIcsFileName());
        statement.setString(8, n.getMessageId());
        if (n.getMeasureId() == null) {
            statement.setNull(9, Types.BIGINT);
        } else {
            statement.setLong(9, n.getMeasureId());
        }
        statement.setString(10, n.getProcessInstanceId());
        statement.setString(11, n.getStatus().name());
        statement.setInt(12, n.getAttempts());
        statement.setObject(13, utc(n.getNextAttemptAt()));
        statement.setObject(14, utc(n.getCreatedAt()));
        if (n.getAttachmentId() == null) {
            statement.setNull(15, Types.BIGINT);
        } else {
            statement.setLong(15, n.getAttachmentId());
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
