package de.akn.workflow.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DueDatesTest {

    static final Instant NOW = Instant.parse("2027-03-15T10:00:00Z");

    final DueDates dueDates = new DueDates(new ReviewProperties(Duration.ofDays(14)), properties(Period.ofMonths(3)),
            WorkingDaysTest.defaultCalendar());

    @BeforeEach
    void setEngineClock() {
        ClockUtil.setCurrentTime(Date.from(NOW));
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldDueReportNThatManyIntervalsAfterTheStartSoThatMonthEndsDoNotDrift() {
        // Given reporting started on 30 November (adoption)
        Date start = berlin("2026-11-30T10:00:00+01:00[Europe/Berlin]");

        // Then report 1 is due on 28 February (no 30th) — a Sunday, so on Monday 1 March —, report 2 on 30 May
        // again — a Sunday too, so on Monday 31 May —, report 4 on 30 November (a Tuesday)
        assertThat(dueDates.report(start, 1)).isEqualTo(berlin("2027-03-01T10:00:00+01:00[Europe/Berlin]"));
        assertThat(dueDates.report(start, 2)).isEqualTo(berlin("2027-05-31T10:00:00+02:00[Europe/Berlin]"));
        assertThat(dueDates.report(start, 4)).isEqualTo(berlin("2027-11-30T10:00:00+01:00[Europe/Berlin]"));
    }

    @Test
    void shouldDueTheNextReportOneIntervalAfterThePreviousDueDateNotAfterNow() {
        // Given a report that was due on 15 January at 09:00 in Berlin, handed in late on 15 March
        Date previousDue = berlin("2027-01-15T09:00:00+01:00[Europe/Berlin]");

        // When the next report is scheduled
        Date next = dueDates.nextReport(previousDue);

        // Then it keeps the quarterly rhythm: 15 April, 09:00 Berlin time (summer time by then)
        assertThat(next).isEqualTo(berlin("2027-04-15T09:00:00+02:00[Europe/Berlin]"));
        assertThat(next.toInstant()).isEqualTo(Instant.parse("2027-04-15T07:00:00Z"));
    }

    @Test
    void shouldKeepTheMonthEndWhenTheNextMonthIsShorter() {
        Date previousDue = berlin("2027-01-31T09:00:00+01:00[Europe/Berlin]");

        assertThat(dueDates.nextReport(previousDue)).isEqualTo(berlin("2027-04-30T09:00:00+02:00[Europe/Berlin]"));
    }

    @Test
    void shouldCountFromNowWithoutAPreviousDueDate() {
        assertThat(dueDates.nextReport(null)).isEqualTo(berlin("2027-06-15T11:00:00+02:00[Europe/Berlin]"));
    }

    @Test
    void shouldDueTheFirstReportOneIntervalAfterAdoption() {
        // 15 March 11:00 CET + 3 months = 15 June 11:00 CEST (same wall-clock time)
        assertThat(dueDates.firstReport()).isEqualTo(berlin("2027-06-15T11:00:00+02:00[Europe/Berlin]"));
    }

    @Test
    void shouldDueReviewTasksTheConfiguredDurationFromNowOnAWorkingDay() {
        // 15 March + 14 days is Easter Monday 2027: due on the Tuesday after, same time of day
        assertThat(dueDates.review().toInstant()).isEqualTo(Instant.parse("2027-03-30T10:00:00Z"));
        // 12 March 11:00 + 14 days would be Karfreitag, 26 March: Tuesday 30 March, 11:00 (summer time by then)
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-12T10:00:00Z")));
        assertThat(dueDates.review()).isEqualTo(berlin("2027-03-30T11:00:00+02:00[Europe/Berlin]"));
        // and a plain working day stays as it is: 1 February + 14 days = Monday 15 February
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-01T10:00:00Z")));
        assertThat(dueDates.review().toInstant()).isEqualTo(Instant.parse("2027-02-15T10:00:00Z"));
    }

    private static Date berlin(String zoned) {
        return Date.from(ZonedDateTime.parse(zoned).toInstant());
    }

    static ProgressReportProperties properties(Period reportingInterval) {
        return new ProgressReportProperties(reportingInterval);
    }
}
