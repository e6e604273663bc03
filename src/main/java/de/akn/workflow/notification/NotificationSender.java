package de.akn.workflow.notification;

import de.akn.workflow.common.DatabaseUnavailable;
import de.akn.workflow.common.Texts;
import de.akn.workflow.notification.internal.NotificationRepository;
import de.akn.workflow.notification.internal.OutboxInserts;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued mails. Each node claims a few rows with an optimistic update each before it
 * sends them over one connection, so that two nodes never send the same mail. Failures back off exponentially;
 * after {@code alliance.mail.max-attempts} the mail is FAILED and an incident is raised on
 * its process instance. An unreachable mail server uses up no attempt: the mail waits
 * until the server is back. A mail that went out while the database went away is remembered and
 * recorded as sent as soon as the database is back, before anything else: it is not sent twice.
 */
@Component
public class NotificationSender {

    /**
     * Mails claimed together and handed to the server over one connection. Their claim
     * ({@code alliance.mail.claim-lease}, 5 min) must outlast sending them all at the mail client's time-outs
     * (connect 5 s, 10 s per read and write: under a minute per mail even for a server that answers slowly).
     * It also bounds the mails a killed node had handed to the server without recording them: at most these
     * go out a second time, with the same {@code Message-ID}.
     */
    public static final int MAILS_PER_CONNECTION = 5;

    /** Incident type shown in Cockpit for mails that could not be delivered. */
    public static final String INCIDENT_TYPE = "E-Mail-Zustellung";

    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

    private final NotificationRepository notifications;
    private final OutboxInserts inserts;
    private final JavaMailSender mailSender;
    private final RuntimeService runtimeService;
    private final TransactionTemplate tx;
    private final MailProperties config;
    private final Clock clock;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    /** Mails handed to the SMTP server whose SENT could not be stored (database away), with when. */
    private final Map<Long, Instant> sentNotRecorded = new ConcurrentHashMap<>();

    NotificationSender(NotificationRepository notifications, OutboxInserts inserts, JavaMailSender mailSender,
            RuntimeService runtimeService, TransactionTemplate tx, MailProperties properties, Optional<Clock> clock) {
        this.notifications = notifications;
        this.inserts = inserts;
        this.mailSender = mailSender;
        this.runtimeService = runtimeService;
        this.tx = tx;
        this.config = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(fixedDelayString = "${alliance.mail.poll-interval}", initialDelayString = "${alliance.mail.poll-interval}")
    void poll() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            log.warn("Mail delivery round failed: {}", e.toString());
        }
    }

    /**
     * Sends the mails that are due, at most one batch ({@code alliance.mail.batch-size}), a few at a time
     * over one connection each ({@link #MAILS_PER_CONNECTION}).
     *
     * @return how many mails were sent
     */
    public synchronized int deliverDue() {
        recordSentMails();
        List<Long> due = notifications.findDueIds(clock.instant(), PageRequest.of(0, config.batchSize()));
        int sent = 0;
        for (int i = 0; i < due.size(); i += MAILS_PER_CONNECTION) {
            sent += deliver(due.subList(i, Math.min(due.size(), i + MAILS_PER_CONNECTION)));
        }
        return sent;
    }

    /**
     * Claims the mails in one transaction, hands them to the mail server over one connection and records
     * the sent ones in one transaction — before any failure, so that a database going away while failures
     * are stored can never make a sent mail go out again.
     */
    private int deliver(List<Long> ids) {
        Instant now = clock.instant();
        List<Long> claimed = tx.execute(status -> ids.stream()
                .filter(id -> notifications.claim(id, node, now.plus(config.claimLease()), now) == 1).toList());
        if (claimed == null || claimed.isEmpty()) {
            return 0;
        }
        Map<MimeMessage, Notification> batch = new LinkedHashMap<>();
        Map<Long, Exception> failures = new LinkedHashMap<>();
        var documents = new java.util.HashMap<Long, MailAttachment>();
        for (Notification notification : notifications.findAllById(claimed)) {
            try {
                MailAttachment document = notification.getAttachmentId() == null ? null
                        : documents.computeIfAbsent(notification.getAttachmentId(), inserts::attachment);
                batch.put(MimeMessages.of(notification, document, mailSender, config.from()), notification);
            } catch (MessagingException e) {
                failures.put(notification.getId(), e);
            }
        }
        Map<Object, Exception> failed = send(batch.keySet());
        failed.forEach((message, e) -> failures.put(batch.get(message).getId(), e));
        List<Notification> sent = batch.entrySet().stream().filter(e -> !failed.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        recordSent(sent);
        failures.forEach((id, e) -> {
            try {
                handleFailure(id, e);
            } catch (RuntimeException storing) {
                // not stored (mostly: the database went away): the claim runs out and the mail is tried again
                log.warn("Failure of mail {} not stored: {}", id, storing.toString());
            }
        });
        return sent.size();
    }

    /** Sends over one connection; returns the messages that failed, each with its reason. */
    private Map<Object, Exception> send(Collection<MimeMessage> messages) {
        if (messages.isEmpty()) {
            return Map.of();
        }
        try {
            mailSender.send(messages.toArray(MimeMessage[]::new));
            return Map.of();
        } catch (MailSendException e) {
            if (e.getFailedMessages().isEmpty()) {
                // every message was accepted, only closing the connection failed
                log.warn("Mail server connection not closed cleanly after sending: {}", e.getMessage());
                return Map.of();
            }
            return e.getFailedMessages();
        } catch (MailException e) {
            return everyMessage(messages, e);
        }
    }

    private static Map<Object, Exception> everyMessage(Collection<MimeMessage> messages, Exception e) {
        Map<Object, Exception> failed = new LinkedHashMap<>();
        messages.forEach(message -> failed.put(message, e));
        return failed;
    }

    private void recordSent(List<Notification> sent) {
        if (sent.isEmpty()) {
            return;
        }
        Instant sentAt = clock.instant();
        List<Long> ids = sent.stream().map(Notification::getId).toList();
        try {
            tx.executeWithoutResult(status -> notifications.markSent(ids, sentAt));
        } catch (RuntimeException e) {
            // the SMTP server has the mails: whatever kept us from storing that (mostly the database
            // going away mid-transaction), they must not go out again
            ids.forEach(id -> sentNotRecorded.put(id, sentAt));
            log.warn("Mails {} sent, but not yet recorded as sent ({}{}); recorded on the next round", ids,
                    DatabaseUnavailable.isCause(e) ? "database not reachable: " : "", e.getMessage());
            return;
        }
        sent.forEach(n -> log.info("Mail {} '{}' sent to {}", n.getId(), n.getSubject(), n.getRecipient()));
    }

    /** Stores SENT for mails that went out while the database was away; throws while it still is. */
    private void recordSentMails() {
        for (var entry : Map.copyOf(sentNotRecorded).entrySet()) {
            tx.executeWithoutResult(status -> notifications.markSent(List.of(entry.getKey()), entry.getValue()));
            sentNotRecorded.remove(entry.getKey());
            log.info("Mail {} recorded as sent after the database came back", entry.getKey());
        }
    }

    /**
     * Stores a failed attempt on the entity; should an erasure have changed the row meanwhile, its version check
     * fails, the caller logs it and the claim runs out: the mail is tried again, the erasure stays.
     */
    private void handleFailure(Long id, Exception e) {
        Instant now = clock.instant();
        String error = MailFailures.describe(e);
        tx.executeWithoutResult(status -> notifications.findById(id).ifPresent(n -> {
            if (MailFailures.isServerUnreachable(e)) {
                n.postpone("Mailserver nicht erreichbar: " + error, now.plus(config.unreachableBackoff()));
                log.warn("Mail {} postponed, mail server unreachable: {}", id, error);
            } else if (n.getAttempts() + 1 >= config.maxAttempts()) {
                n.markAttemptFailed(error, now);
                n.markFailed(raiseIncident(n, error));
                log.error("Mail {} to {} FAILED after {} attempts: {}", id, n.getRecipient(), n.getAttempts(), error);
            } else {
                n.markAttemptFailed(error, now.plus(backoff(n.getAttempts() + 1)));
                log.warn("Mail {} attempt {} failed, next at {}: {}", id, n.getAttempts(), n.getNextAttemptAt(), error);
            }
        }));
    }

    /** Back-off after the given number of failed attempts: initial × 2^(attempts−1), capped. */
    Duration backoff(int attempts) {
        Duration delay = config.initialBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : delay;
    }

    private String raiseIncident(Notification n, String error) {
        String processInstanceId = n.getProcessInstanceId();
        if (processInstanceId == null
                || runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
            return null;
        }
        String message = Texts.text("notification.incident", "recipient", n.getRecipient(), "subject", n.getSubject(),
                "attempts", n.getAttempts(), "error", error, "id", n.getId());
        if (message.length() > 3900) {
            message = message.substring(0, 3900);
        }
        return runtimeService.createIncident(INCIDENT_TYPE, processInstanceId, "notification/" + n.getId(), message)
                .getId();
    }
}
