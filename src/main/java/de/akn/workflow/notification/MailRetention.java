package de.akn.workflow.notification;

import de.akn.workflow.common.AllianceProperties;
import de.akn.workflow.notification.internal.NotificationRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the outbox from growing without bound and personal data no longer than needed: once a day, the
 * bodies and calendar files of mails sent more than {@code alliance.mail.retention} ago are removed.
 * The row stays with recipient, subject, Message-ID and times, for audit. Idempotent, so every node may
 * run it.
 */
@Component
public class MailRetention {

    private static final Logger log = LoggerFactory.getLogger(MailRetention.class);

    private final NotificationRepository notifications;
    private final Duration retention;
    private final Clock clock;

    MailRetention(NotificationRepository notifications, AllianceProperties properties, Optional<Clock> clock) {
        this.notifications = notifications;
        this.retention = properties.mail().retention();
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Scheduled(cron = "${alliance.mail.retention-cron}")
    void daily() {
        removeExpiredBodies();
    }

    /**
     * Removes the bodies of mails sent before now minus the retention.
     *
     * @return how many mails lost their bodies
     */
    @Transactional
    public int removeExpiredBodies() {
        int removed = notifications.removeBodiesSentBefore(clock.instant().minus(retention));
        if (removed > 0) {
            log.info("Bodies of {} mails sent more than {} ago removed (mail retention)", removed, retention);
        }
        return removed;
    }
}
