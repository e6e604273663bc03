package de.akn.workflow.common;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.name}, {@code alliance.short-name} and {@code alliance.base-url}: what is truly
 * alliance-wide. Every module owns the rest of {@code alliance.*} as its own validated record
 * ({@code meeting/MeetingProperties} for {@code alliance.meetings}, …); {@link AllianceConfigurationCheck}
 * checks them all at start-up, so that a broken setting stops the application with a message naming the
 * property.
 */
@Validated
@ConfigurationProperties("alliance")
public record AllianceProperties(
        @NotBlank(message = "{alliance.name.missing}") String name,
        @NotBlank(message = "{alliance.short-name.missing}") String shortName,
        @NotBlank(message = "{alliance.base-url.missing}") String baseUrl) {
}
