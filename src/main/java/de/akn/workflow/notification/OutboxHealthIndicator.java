package de.akn.workflow.notification;

import de.akn.workflow.notification.internal.NotificationRepository;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Health of the mail outbox ({@code /actuator/health/outbox}): pending and failed mails and
 * the age of the oldest pending one. A backlog does not take the node out of service (it
 * would not help), but shows in the details.
 */
@Component("outbox")
class OutboxHealthIndicator extends AbstractHealthIndicator {

    private final NotificationRepository notifications;

    OutboxHealthIndicator(NotificationRepository notifications) {
        super("Mail-Ausgang nicht lesbar");
        this.notifications = notifications;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long pending = notifications.countByStatus(NotificationStatus.PENDING);
        long failed = notifications.countByStatus(NotificationStatus.FAILED);
        builder.up().withDetail("pending", pending).withDetail("failed", failed)
                .withDetail("oldestPendingAgeSeconds", notifications.oldestPendingAgeSeconds());
    }
}
