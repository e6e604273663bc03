package de.akn.workflow.notification;

import de.akn.workflow.notification.internal.NotificationRepository;
import de.akn.workflow.common.AllianceProperties;
import de.akn.workflow.common.DatabaseUnavailable;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.lang.management.ManagementFactory;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued mails. Each node claims a row with an optimistic update before it
 * sends it, so that two nodes never send the same mail. Failures back off exponentially;
 * after {@code alliance.mail.max-attempts} the mail is FAILED and an incident is raised on
 * its process instance. An unreachable mail server uses up no attempt: the mail waits
 * until the server is back. A mail that went out while the database went away is remembered and
 * recorded as sent as soon as the database is back, before anything else: it is not sent twice.
 */
@Component
public class NotificationSender {

    /** Incident type shown in Cockpit for mails that could not be delivered. */
    public static final String INCIDENT_TYPE = "E-Mail-Zustellung";

    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

    private final NotificationRepository notifications;
    private final JavaMailSender mailSender;
    private final RuntimeService runtimeService;
    private final TransactionTemplate tx;
    private final AllianceProperties.Mail config;
    private final Clock clock;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    /** Mails handed to the SMTP server whose SENT could not be stored (database away), with when. */
    private final Map<Long, Instant> sentNotRecorded = new ConcurrentHashMap<>();

    NotificationSender(NotificationRepository notifications, JavaMailSender mailSender, RuntimeService runtimeService,
            TransactionTemplate tx, AllianceProperties properties, Optional<Clock> clock) {
        this.notifications = notifications;
        this.mailSender = mailSender;
        this.runtimeService = runtimeService;
        this.tx = tx;
        this.config = properties.mail();
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
     * Sends the mails that are due, at most one batch.
     *
     * @return how many mails were sent
     */
    public synchronized int deliverDue() {
        recordSentMails();
        Instant now = clock.instant();
        int sent = 0;
        for (Long id : notifications.findDueIds(now, PageRequest.of(0, config.batchSize()))) {
            Integer claimed = tx.execute(status -> notifications.claim(id, node, now.plus(config.claimLease()), now));
            if (claimed != null && claimed == 1 && deliver(id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(Long id) {
        Notification notification = notifications.findById(id).orElseThrow();
        try {
            mailSender.send(toMimeMessage(notification));
        } catch (MailException | MessagingException e) {
            handleFailure(id, e);
            return false;
        }
        Instant sentAt = clock.instant();
        try {
            tx.executeWithoutResult(status -> notifications.findById(id).ifPresent(n -> n.markSent(sentAt)));
        } catch (RuntimeException e) {
            // the SMTP server has the mail: whatever kept us from storing that (mostly the database
            // going away mid-transaction), it must not go out again
            sentNotRecorded.put(id, sentAt);
            log.warn("Mail {} sent, but not yet recorded as sent ({}{}); recorded on the next round", id,
                    DatabaseUnavailable.isCause(e) ? "database not reachable: " : "", e.getMessage());
            return true;
        }
        log.info("Mail {} '{}' sent to {}", id, notification.getSubject(), notification.getRecipient());
        return true;
    }

    /** Stores SENT for mails that went out while the database was away; throws while it still is. */
    private void recordSentMails() {
        for (var entry : Map.copyOf(sentNotRecorded).entrySet()) {
            tx.executeWithoutResult(status -> notifications.findById(entry.getKey())
                    .ifPresent(n -> n.markSent(entry.getValue())));
            sentNotRecorded.remove(entry.getKey());
            log.info("Mail {} recorded as sent after the database came back", entry.getKey());
        }
    }

    private void handleFailure(Long id, Exception e) {
        Instant now = clock.instant();
        String error = describe(e);
        tx.executeWithoutResult(status -> notifications.findById(id).ifPresent(n -> {
            if (isServerUnreachable(e)) {
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
        String message = "E-Mail an " + n.getRecipient() + " („" + n.getSubject() + "“) konnte nach "
                + n.getAttempts() + " Versuchen nicht zugestellt werden: " + error
                + " – Nach Behebung: POST /api/notifications/" + n.getId() + "/retry";
        if (message.length() > 3900) {
            message = message.substring(0, 3900);
        }
        return runtimeService.createIncident(INCIDENT_TYPE, processInstanceId, "notification/" + n.getId(), message)
                .getId();
    }

    private MimeMessage toMimeMessage(Notification n) throws MessagingException {
        Session session = mailSender instanceof JavaMailSenderImpl impl ? impl.getSession() : null;
        MimeMessage message = new StableIdMimeMessage(session, n.getMessageId());
        boolean multipart = n.getIcs() != null;
        var helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                StandardCharsets.UTF_8.name());
        helper.setFrom(config.from());
        helper.setTo(n.getRecipient());
        helper.setSubject(n.getSubject());
        helper.setText(n.getBodyText(), n.getBodyHtml());
        if (multipart) {
            helper.addAttachment(n.getIcsFileName(), new ByteArrayDataSource(
                    n.getIcs().getBytes(StandardCharsets.UTF_8), "text/calendar; charset=UTF-8; method=PUBLISH"));
        }
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-AKN-Notification", String.valueOf(n.getId()));
        return message;
    }

    static boolean isServerUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException) {
                return true;
            }
            if (t instanceof MessagingException me && me.getNextException() != null && me.getNextException() != t
                    && isServerUnreachable(me.getNextException())) {
                return true;
            }
            if (t instanceof MailException && t.getMessage() != null
                    && t.getMessage().contains("Couldn't connect to host")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
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
