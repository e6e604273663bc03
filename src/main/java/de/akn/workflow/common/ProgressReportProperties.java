package de.akn.workflow.common;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.reporting.*}: progress reports of adopted measures, one every {@code interval} (ISO-8601
 * period, e.g. P3M). In the kernel because {@link DueDates} plans them.
 */
@Validated
@ConfigurationProperties("alliance.reporting")
public record ProgressReportProperties(@DefaultValue("P3M") @NotNull Period interval) {

    @AssertTrue(message = "{alliance.reporting.interval.positive}")
    public boolean isIntervalPositive() {
        return interval == null || (!interval.isNegative() && !interval.isZero());
    }
}
