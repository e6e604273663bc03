package de.akn.workflow.meeting;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.meetings.*}: the alliance's meetings — one every {@code interval} (a timer plans it
 * {@code notice} ahead), chaired in turn by the members of {@code chair-rotation}, from {@code start-time}
 * for {@code duration}.
 */
@Validated
@ConfigurationProperties("alliance.meetings")
public record MeetingProperties(
        @DefaultValue("P2M") @NotNull Period interval,
        @DefaultValue({"dormagen", "grevenbroich", "juechen", "kaarst", "korschenbroich", "meerbusch",
                "rommerskirchen"})
        @NotEmpty(message = "{alliance.meetings.chair-rotation.empty}")
        List<String> chairRotation,
        @DefaultValue("10:00") @NotNull LocalTime startTime,
        @DefaultValue("PT2H") @NotNull Duration duration,
        @DefaultValue("P4W") @NotNull Period notice) {

    @AssertTrue(message = "{alliance.meetings.interval.positive}")
    public boolean isIntervalPositive() {
        return interval == null || (!interval.isNegative() && !interval.isZero());
    }
}
