package de.akn.workflow.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One mail to one recipient in the outbox. */
@Entity
@Table(name = "akn_notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dedup_key", nullable = false, updatable = false)
    private String dedupKey;

    /** Changes only when the retention or an erasure takes the person's name out of it. */
    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(name = "body_text", updatable = false)
    private String bodyText;

    @Column(name = "body_html", updatable = false)
    private String bodyHtml;

    @Column(updatable = false)
    private String ics;

    @Column(name = "ics_file_name", updatable = false)
    private String icsFileName;

    /** A stored document sent with the mail ({@code akn_mail_attachment}), or null. */
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Column(name = "message_id", nullable = false, updatable = false)
    private String messageId;

    @Column(name = "measure_id", updatable = false)
    private Long measureId;

    @Column(name = "process_instance_id", updatable = false)
    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "incident_id")
    private String incidentId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected Notification() {
    }

    Notification(String dedupKey, String recipient, String subject, String bodyText, String bodyHtml, String ics,
            String icsFileName, String messageId, Long measureId, String processInstanceId, Long attachmentId, Instant now) {
        this.dedupKey = dedupKey;
        this.recipient = recipient;
        this.subject = subject;
        this.bodyText = bodyText;
        this.bodyHtml = bodyHtml;
        this.ics = ics;
        this.icsFileName = icsFileName;
        this.messageId = messageId;
        this.measureId = measureId;
        this.processInstanceId = processInstanceId;
        this.attachmentId = attachmentId;
        this.status = NotificationStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /**
     * What stays of a mail after its retention: the address without the person's name, the subject without the
     * name of the person a deputy stood in for.
     */
    public void forgetNames() {
        int open = recipient.lastIndexOf('<');
        if (open >= 0) {
            int close = recipient.indexOf('>', open);
            recipient = recipient.substring(open + 1, close > open ? close : recipient.length()).strip();
        }
        subject = subject.replaceAll("\\(in Vertretung für [^)]*\\)", "(in Vertretung)");
    }

    /** A failed attempt that counts towards {@code max-attempts}. */
    void markAttemptFailed(String error, Instant nextAttempt) {
        attempts++;
        lastError = truncate(error);
        nextAttemptAt = nextAttempt;
        release();
    }

    /** The server could not be reached: no attempt is used up, the mail waits. */
    void postpone(String error, Instant nextAttempt) {
        lastError = truncate(error);
        nextAttemptAt = nextAttempt;
        release();
    }

    void markFailed(String incidentId) {
        status = NotificationStatus.FAILED;
        this.incidentId = incidentId;
    }

    /** Queues a FAILED mail again (after the cause was fixed). */
    void retry(Instant now) {
        status = NotificationStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        incidentId = null;
        release();
    }

    private void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
    }

    public Long getId() {
        return id;
    }

    public String getDedupKey() {
        return dedupKey;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getIcs() {
        return ics;
    }

    public Long getAttachmentId() {
        return attachmentId;
    }

    public String getIcsFileName() {
        return icsFileName;
    }

    public String getMessageId() {
        return messageId;
    }

    public Long getMeasureId() {
        return measureId;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public NotificationStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public String getLastError() {
        return lastError;
    }

    public String getIncidentId() {
        return incidentId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
