package de.akn.workflow.council;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.oparl.*}: reading council meetings from the members' OParl systems — time-outs and how
 * long an answer is kept.
 */
@Validated
@ConfigurationProperties("alliance.oparl")
public record OParlProperties(
        @DefaultValue("PT2S") @NotNull Duration connectTimeout,
        @DefaultValue("PT4S") @NotNull Duration readTimeout,
        /* all requests for one answer together (paging) */
        @DefaultValue("PT8S") @NotNull Duration totalTimeout,
        @DefaultValue("PT1H") @NotNull Duration cacheFor,
        @DefaultValue("20") @Min(1) int maxPages) {
}
