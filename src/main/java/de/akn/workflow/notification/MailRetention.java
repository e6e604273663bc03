package de.akn.workflow.notification;

import de.akn.workflow.notification.internal.NotificationRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the outbox from growing without bound and the mails' contents (names, comments, shares) no longer
 * than needed: once a day, the bodies and calendar files of mails sent more than
 * {@code alliance.mail.retention} ago are removed, and the names with them (the recipient's and the one of a person a
 * deputy stood in for). The row stays with the address, subject, Message-ID and
 * times, as the record of who was told what and when. Idempotent, so every node may run it.
 */
@Component
class MailRetention {

    private static final Logger log = LoggerFactory.getLogger(MailRetention.class);

    private final NotificationRepository notifications;
    private final Duration retention;
    private final Clock clock;
    private final TransactionTemplate tx;

    MailRetention(NotificationRepository notifications, MailProperties properties, Optional<Clock> clock,
            TransactionTemplate tx) {
        this.notifications = notifications;
        this.tx = tx;
        this.retention = properties.retention();
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Removes the bodies of mails sent before now minus the retention (scheduled daily at
     * {@code alliance.mail.retention-cron}), in a transaction of its own.
     *
     * @return how many mails lost their bodies
     */
    @Scheduled(cron = "${alliance.mail.retention-cron}")
    int removeExpiredBodies() {
        Integer removed = tx.execute(status -> {
            Instant before = clock.instant().minus(retention);
            notifications.sentBeforeWithBodies(before).forEach(Notification::forgetNames);
            notifications.flush();
            int emptied = notifications.removeBodiesSentBefore(before);
            notifications.removeUnusedAttachments();
            return emptied;
        });
        if (removed != null && removed > 0) {
            log.info("Bodies of {} mails sent more than {} ago removed (mail retention)", removed, retention);
        }
        return removed == null ? 0 : removed;
    }
}
