package de.akn.workflow.settlement;

import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** {@code alliance.settlement.*}: how long the towns have to confirm an overrun and to pay their part. */
@Validated
@ConfigurationProperties("alliance.settlement")
public record SettlementProperties(@DefaultValue("P30D") @NotNull Period paymentPeriod) {
}
