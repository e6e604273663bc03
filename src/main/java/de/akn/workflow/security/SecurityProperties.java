package de.akn.workflow.security;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.security.*}: security switches (profile {@code prod} turns the guard on). Bound for the
 * start-up check; {@link ProductionPasswordGuard} reads its switch with {@code @Value} on purpose.
 *
 * @param credentialCache how long a verified HTTP Basic password is trusted on this node without asking the
 *                        identity service again ({@link CredentialCache}); {@code PT0S} asks every time
 */
@Validated
@ConfigurationProperties("alliance.security")
public record SecurityProperties(@DefaultValue("false") boolean refuseDefaultPasswords,
        @DefaultValue("PT1M") @NotNull Duration credentialCache) {
}
