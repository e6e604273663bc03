package de.akn.workflow.funding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.funding.*}: the programmes that seed an empty database (after that they are data, edited
 * by the coordinator), how long ahead the funding calendar looks and when every climate manager is reminded
 * that a call closes.
 */
@Validated
@ConfigurationProperties("alliance.funding")
public record FundingProperties(
        @Valid @DefaultValue List<ProgrammeConfig> programmes,
        @DefaultValue("P12M") @NotNull Period calendarAhead,
        @DefaultValue({"P30D", "P7D"}) @NotEmpty List<Period> callReminders) {

    /** One programme of {@code alliance.funding.programmes}. */
    public record ProgrammeConfig(
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String id,
            @NotBlank String name,
            String provider,
            String url,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal maxRatePercent,
            @Valid @DefaultValue List<CallConfig> calls) {
    }

    /** A call: applications are accepted from {@code opens} to {@code closes}. */
    public record CallConfig(@NotNull LocalDate opens, @NotNull LocalDate closes) {
    }
}
