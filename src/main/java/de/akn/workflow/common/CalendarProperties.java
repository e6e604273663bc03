package de.akn.workflow.common;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.calendar.*}: the days town halls are closed besides the public holidays of North
 * Rhine-Westphalia — by default Rosenmontag, Heiligabend and Silvester. A day is a day of the year
 * ({@code date: 12-24}) or a number of days after Easter Sunday ({@code easter-offset: -48}).
 */
@Validated
@ConfigurationProperties("alliance.calendar")
public record CalendarProperties(@Valid @DefaultValue List<ExtraDay> extraDays) {

    public CalendarProperties {
        extraDays = extraDays == null ? List.of() : List.copyOf(extraDays);
    }

    /** A local day off: on a date of every year, or relative to Easter Sunday. */
    public record ExtraDay(@NotBlank(message = "{alliance.calendar.extra-day.name.missing}") String name,
            String date, Integer easterOffset) {

        @AssertTrue(message = "{alliance.calendar.extra-day.defined}")
        public boolean isDefined() {
            if ((date == null) == (easterOffset == null)) {
                return false;
            }
            return date == null || monthDay() != null;
        }

        /** The day of the year, or null (relative to Easter, or unreadable). */
        public MonthDay monthDay() {
            try {
                return date == null ? null : MonthDay.parse("--" + date.trim());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
