package de.akn.workflow.notification;

import de.akn.workflow.notification.internal.NotificationRepository;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** Outbox gauges for {@code /actuator/metrics} and {@code /actuator/prometheus}. */
@Component
class OutboxMetrics implements MeterBinder {

    private final NotificationRepository notifications;

    OutboxMetrics(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("akn.outbox.pending", () -> notifications.countByStatus(NotificationStatus.PENDING))
                .description("Mails waiting for delivery").register(registry);
        Gauge.builder("akn.outbox.failed", () -> notifications.countByStatus(NotificationStatus.FAILED))
                .description("Mails that failed after all retries").register(registry);
        Gauge.builder("akn.outbox.oldest.pending.age", notifications::oldestPendingAgeSeconds)
                .baseUnit("seconds").description("Age of the oldest pending mail").register(registry);
    }
}
