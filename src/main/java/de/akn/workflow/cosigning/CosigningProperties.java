package de.akn.workflow.cosigning;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** {@code alliance.cosigning.*}: co-signing deadlines (ISO-8601 durations) and quorum. */
@Validated
@ConfigurationProperties("alliance.cosigning")
public record CosigningProperties(
        @DefaultValue("P7D") @NotNull Duration reminderInterval,
        @DefaultValue("P21D") @NotNull Duration deadline,
        @DefaultValue("2") @Min(value = 1, message = "{alliance.cosigning.min-signers}") int minSigners) {
}
