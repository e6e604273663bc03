package de.akn.workflow.cosigning.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import de.akn.workflow.common.WorkingDaysTest;
import de.akn.workflow.cosigning.CosigningProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class CosigningTimersTest {

    /** Binds {@code alliance.cosigning.*} as Spring Boot does (defaults from {@code @DefaultValue}), without validation. */
    static CosigningProperties properties(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("alliance.cosigning",
                CosigningProperties.class);
    }

    final CosigningTimers timers = new CosigningTimers(properties(Map.of(
            "alliance.cosigning.reminder-interval", "P7D", "alliance.cosigning.deadline", "P21D")),
            WorkingDaysTest.defaultCalendar());

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldRemindEverySevenDays() {
        // Duration writes seven days as 168 hours; Camunda reads both
        assertThat(timers.reminderCycle()).isEqualTo("R/PT168H");
        assertThat(timers.deadline()).isEqualTo("PT504H");
    }

    @Test
    void shouldUseTheDefaultsWhenNothingIsConfigured() {
        var defaults = new CosigningTimers(properties(Map.of("alliance.name", "AKN")), WorkingDaysTest.defaultCalendar());

        assertThat(defaults.reminderCycle()).isEqualTo("R/PT168H");
        assertThat(defaults.deadline()).isEqualTo("PT504H");
    }

    @Test
    void shouldFollowTheConfiguration() {
        var quick = new CosigningTimers(properties(Map.of("alliance.cosigning.reminder-interval", "PT1H",
                "alliance.cosigning.deadline", "P2D")), WorkingDaysTest.defaultCalendar());

        assertThat(quick.reminderCycle()).isEqualTo("R/PT1H");
        assertThat(quick.deadline()).isEqualTo("PT48H");
    }

    @Test
    void shouldDueTheCosignTaskAtTheDeadline() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-01T09:00:00Z")));

        assertThat(timers.deadlineDate().toInstant()).isEqualTo(Instant.parse("2027-03-22T09:00:00Z"));
    }

    @Test
    void shouldDueTheCouncilDecisionAtEightTheMorningAfterTheMeeting() {
        // 16 April 2027, 08:00 CEST
        assertThat(timers.dayAfter("15.04.2027").toInstant()).isEqualTo(Instant.parse("2027-04-16T06:00:00Z"));
        assertThat(timers.dayAfter(LocalDate.of(2027, 4, 15)).toInstant())
                .isEqualTo(Instant.parse("2027-04-16T06:00:00Z"));
    }

    @Test
    void shouldStartCouncilRemindersTheMorningAfterTheMeeting() {
        assertThat(timers.councilReminderCycle("2027-04-15")).isEqualTo("R/2027-04-16T08:00:00+02:00/PT168H");
        // after a Friday meeting: from Monday morning
        assertThat(timers.councilReminderCycle("15.01.2027")).isEqualTo("R/2027-01-18T08:00:00+01:00/PT168H");
    }

    @Test
    void shouldGiveUpOnTheCouncilTheDeadlineAfterTheMeeting() {
        // midnight of 15 April (CEST) + 21 days is Christi Himmelfahrt (6 May 2027): the day after
        assertThat(timers.councilDeadline("15.04.2027").toInstant()).isEqualTo(Instant.parse("2027-05-06T22:00:00Z"));
        // midnight of 1 April + 21 days: Thursday 22 April, a working day
        assertThat(timers.councilDeadline("01.04.2027").toInstant()).isEqualTo(Instant.parse("2027-04-21T22:00:00Z"));
    }

    @Test
    void shouldRefuseAnUnreadableMeetingDate() {
        assertThatIllegalArgumentException().isThrownBy(() -> timers.dayAfter("31.02.2027"))
                .withMessage("Kein gültiges Datum der Ratssitzung: 31.02.2027");
    }
}
