package de.akn.workflow.common;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.escalation.*}: when overdue tasks and agenda proposals are escalated to the coordinator.
 * In the kernel because two modules that do not know each other (reminder, meeting) escalate.
 */
@Validated
@ConfigurationProperties("alliance.escalation")
public record EscalationProperties(@DefaultValue("P7D") @NotNull Duration after) {
}
