package de.akn.workflow.notification.web;

import de.akn.workflow.common.Texts;
import de.akn.workflow.notification.Notification;
import de.akn.workflow.notification.NotificationService;
import de.akn.workflow.notification.NotificationStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The mail outbox, for the coordinator and administrators (see SecurityConfiguration). */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Benachrichtigungen", description = "E-Mail-Ausgang (nur Koordination und Administration)")
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(summary = "E-Mails im Ausgang, neueste zuerst, optional nach Status gefiltert")
    List<NotificationDto> list(@RequestParam(required = false) NotificationStatus status,
            @RequestParam(defaultValue = "200") int limit) {
        return notifications.find(status, limit).stream().map(NotificationDto::of).toList();
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Fehlgeschlagene E-Mail erneut senden und den Vorfall auflösen")
    NotificationDto retry(@PathVariable long id) {
        try {
            return notifications.retry(id).map(NotificationDto::of).orElseThrow(
                    () -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                            Texts.text("notification.unknown", "id", id)));
        } catch (IllegalStateException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
        }
    }

    record NotificationDto(Long id, String recipient, String subject, NotificationStatus status, int attempts,
            Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError, String messageId,
            Long measureId, String processInstanceId, String incidentId) {
        static NotificationDto of(Notification n) {
            return new NotificationDto(n.getId(), n.getRecipient(), n.getSubject(), n.getStatus(), n.getAttempts(),
                    n.getCreatedAt(), n.getNextAttemptAt(), n.getSentAt(), n.getLastError(), n.getMessageId(),
                    n.getMeasureId(), n.getProcessInstanceId(), n.getIncidentId());
        }
    }
}
