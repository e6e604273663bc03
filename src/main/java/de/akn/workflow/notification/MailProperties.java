package de.akn.workflow.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code alliance.mail.*}: the mail outbox and sender. */
@Validated
@ConfigurationProperties("alliance.mail")
public record MailProperties(
        @NotBlank String from,
        @NotBlank String messageIdDomain,
        @NotNull Duration pollInterval,
        @Positive int batchSize,
        @Positive int maxAttempts,
        @NotNull Duration initialBackoff,
        @NotNull Duration maxBackoff,
        @NotNull Duration unreachableBackoff,
        @NotNull Duration claimLease,
        @NotNull Duration retention,
        @NotBlank String retentionCron) {
}
