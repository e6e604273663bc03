package de.akn.workflow.measure;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.synergy.*}: the synergy estimate — what one town alone would spend on the measure, as a
 * share of the joint cost (DESIGN.md: saved = n × cost × factor − cost).
 */
@Validated
@ConfigurationProperties("alliance.synergy")
public record SynergyProperties(
        @DefaultValue("0.7") @NotNull
        @DecimalMin(value = "0.0", inclusive = false, message = "{alliance.synergy.factor.positive}")
        @DecimalMax(value = "10", message = "{alliance.synergy.factor.max}") BigDecimal standaloneFactor) {
}
