package de.akn.workflow.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.security.*}: security switches (profile {@code prod} turns the guard on). Bound for the
 * start-up check; {@link ProductionPasswordGuard} reads its switch with {@code @Value} on purpose.
 */
@Validated
@ConfigurationProperties("alliance.security")
public record SecurityProperties(@DefaultValue("false") boolean refuseDefaultPasswords) {
}
