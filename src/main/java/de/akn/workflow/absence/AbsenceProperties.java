package de.akn.workflow.absence;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.privacy.*} of absences: removed {@code absence-retention} after they ended, daily at
 * {@code absence-retention-cron} ({@link AbsenceRetention}).
 */
@Validated
@ConfigurationProperties("alliance.privacy")
public record AbsenceProperties(@DefaultValue("P90D") @NotNull Period absenceRetention,
        @DefaultValue("0 50 3 * * *") @NotBlank String absenceRetentionCron) {

    @AssertTrue(message = "{alliance.privacy.absence-retention.not-negative}")
    public boolean isAbsenceRetentionNotNegative() {
        return absenceRetention == null || !absenceRetention.isNegative();
    }
}
