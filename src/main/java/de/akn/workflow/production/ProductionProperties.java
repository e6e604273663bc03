package de.akn.workflow.production;

import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.production.*}: joint events and brochures — how long the signers have for their
 * contributions, the lead town for each draft, and the signers for their sign-off (ISO-8601 periods).
 */
@Validated
@ConfigurationProperties("alliance.production")
public record ProductionProperties(
        @DefaultValue("P14D") @NotNull Period contributionPeriod,
        @DefaultValue("P14D") @NotNull Period draftPeriod,
        @DefaultValue("P7D") @NotNull Period approvalPeriod) {
}
