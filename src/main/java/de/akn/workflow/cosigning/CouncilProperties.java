package de.akn.workflow.cosigning;

import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.council.*}: the route through a town's bodies. {@code paper-lead-time} is the
 * Vorlagenschluss — how long before a meeting its papers must be filed (default three weeks).
 */
@Validated
@ConfigurationProperties("alliance.council")
public record CouncilProperties(@DefaultValue("P21D") @NotNull Period paperLeadTime) {
}
