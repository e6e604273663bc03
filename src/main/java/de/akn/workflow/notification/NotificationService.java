package de.akn.workflow.notification;

import de.akn.workflow.common.AllianceProperties;
import de.akn.workflow.common.Texts;
import de.akn.workflow.notification.internal.NotificationRepository;
import de.akn.workflow.notification.internal.OutboxInserts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox. Other modules call {@link #queue(MailRequest)} inside their own transaction:
 * the mail is rendered and stored with the business change, or not at all.
 * {@link NotificationSender} delivers it later.
 */
@Service
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    private final NotificationRepository notifications;
    private final OutboxInserts inserts;
    private final MailRenderer renderer;
    private final AllianceProperties properties;
    private final MailProperties mail;
    private final RuntimeService runtimeService;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, OutboxInserts inserts, MailRenderer renderer,
            AllianceProperties properties, MailProperties mail, RuntimeService runtimeService, Optional<Clock> clock) {
        this.notifications = notifications;
        this.inserts = inserts;
        this.renderer = renderer;
        this.properties = properties;
        this.mail = mail;
        this.runtimeService = runtimeService;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Queues a mail unless one with the same dedup key exists already.
     *
     * @return whether a new mail was queued
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public boolean queue(MailRequest request) {
        if (request.recipient() == null || request.recipient().isBlank()) {
            log.warn("Mail '{}' not queued: no recipient address", request.dedupKey());
            return false;
        }
        return queueAll(List.of(request)) == 1;
    }

    /**
     * Queues many mails at once (the daily reminder sweep, a mail to every signer): one query for the dedup
     * keys that exist already, each kind of content rendered once and personalised per addressee.
     *
     * @return how many mails were queued
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public int queueAll(List<MailRequest> requests) {
        var keys = requests.stream().map(MailRequest::dedupKey).distinct().toList();
        var existing = new java.util.HashSet<String>();
        for (int i = 0; i < keys.size(); i += 1000) {
            existing.addAll(notifications.findExistingDedupKeys(keys.subList(i, Math.min(keys.size(), i + 1000))));
        }
        var rendered = new java.util.HashMap<List<Object>, MailRenderer.Rendered>();
        var now = clock.instant();
        var attachments = new java.util.IdentityHashMap<MailAttachment, Long>();
        var batch = new java.util.ArrayList<Notification>();
        for (MailRequest request : requests) {
            if (request.recipient() == null || request.recipient().isBlank() || !existing.add(request.dedupKey())) {
                continue;
            }
            var impersonal = MailRenderer.impersonal(request.model());
            var content = rendered.computeIfAbsent(List.of(request.template(), request.subject(), impersonal),
                    k -> renderer.render(request.template(), request.subject(), impersonal));
            Long attachmentId = request.attachment() == null ? null
                    : attachments.computeIfAbsent(request.attachment(), a -> inserts.insertAttachment(a, now));
            batch.add(toNotification(request, content.personal(request.model()), attachmentId, now));
        }
        inserts.insert(batch);
        return batch.size();
    }

    private Notification toNotification(MailRequest request, MailRenderer.Rendered content, Long attachmentId,
            java.time.Instant now) {
        var event = request.calendarEvent();
        return new Notification(request.dedupKey(), request.recipient().trim(), request.subject(), content.text(),
                content.html(), event == null ? null : event.toIcs(properties.shortName(), now),
                event == null ? null : event.fileName(), messageId(request.dedupKey()), request.measureId(),
                request.processInstanceId(), attachmentId, now);
    }

    @Transactional(readOnly = true)
    public List<Notification> find(NotificationStatus status, int limit) {
        var page = PageRequest.of(0, Math.max(1, Math.min(limit, 1000)));
        return status == null ? notifications.findAllByOrderByIdDesc(page)
                : notifications.findByStatusOrderByIdDesc(status, page);
    }

    @Transactional(readOnly = true)
    public Optional<Notification> findByDedupKey(String dedupKey) {
        return notifications.findByDedupKey(dedupKey);
    }

    /**
     * Puts a FAILED mail back into the queue and resolves its incident.
     *
     * @return the mail, or empty if there is none with this id
     */
    @Transactional
    public Optional<Notification> retry(long id) {
        return notifications.findById(id).map(notification -> {
            if (notification.getStatus() != NotificationStatus.FAILED) {
                throw new IllegalStateException(Texts.text("notification.retry-not-failed"));
            }
            String incidentId = notification.getIncidentId();
            if (incidentId != null
                    && runtimeService.createIncidentQuery().incidentId(incidentId).count() > 0) {
                runtimeService.resolveIncident(incidentId);
            }
            notification.retry(clock.instant());
            return notification;
        });
    }

    /** A stable Message-ID: the same dedup key always gives the same id. */
    String messageId(String dedupKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(dedupKey.getBytes(StandardCharsets.UTF_8));
            return "<akn." + HexFormat.of().formatHex(hash, 0, 16) + "@" + mail.messageIdDomain() + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
