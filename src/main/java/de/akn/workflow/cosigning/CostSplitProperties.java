package de.akn.workflow.cosigning;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.cost-split.*}: the split by population — the Kreis, whose inhabitants are the towns'
 * inhabitants, takes {@code kreis-share} of the total (a fraction, e.g. 0.25); unset, an equal share
 * (total ÷ signers).
 */
@Validated
@ConfigurationProperties("alliance.cost-split")
public record CostSplitProperties(
        @DecimalMin(value = "0.0", inclusive = false, message = "{alliance.cost-split.kreis-share.positive}")
        @DecimalMax(value = "1.0", inclusive = false, message = "{alliance.cost-split.kreis-share.below-one}")
        BigDecimal kreisShare) {
}
