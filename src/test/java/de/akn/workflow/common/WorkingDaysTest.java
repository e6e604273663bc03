package de.akn.workflow.common;

import static org.assertj.core.api.Assertions.assertThat;

import de.akn.workflow.common.Holidays.Holiday;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The town halls' calendar: NRW public holidays, the local days off, the next working day. */
public class WorkingDaysTest {

    /** The calendar as application.yaml configures it: Rosenmontag, Heiligabend, Silvester. */
    public static WorkingDays defaultCalendar() {
        return new WorkingDays(new CalendarProperties(List.of(
                new CalendarProperties.ExtraDay("Rosenmontag", null, -48),
                new CalendarProperties.ExtraDay("Heiligabend", "12-24", null),
                new CalendarProperties.ExtraDay("Silvester", "12-31", null))));
    }

    final WorkingDays calendar = defaultCalendar();

    @ParameterizedTest(name = "Ostersonntag {0}: {1}")
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2028, 2028-04-16",
        "2029, 2029-04-01", "2030, 2030-04-21", "1990, 1990-04-15", "2100, 2100-03-28"})
    void shouldKnowEasterSunday(int year, LocalDate easter) {
        assertThat(Holidays.easterSunday(year)).isEqualTo(easter);
        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    }

    @Test
    void shouldListTheNrwHolidaysAndTheLocalDaysOf2027() {
        assertThat(calendar.holidays(2027)).containsExactly(
                new Holiday(LocalDate.of(2027, 1, 1), "Neujahr"),
                new Holiday(LocalDate.of(2027, 2, 8), "Rosenmontag"),
                new Holiday(LocalDate.of(2027, 3, 26), "Karfreitag"),
                new Holiday(LocalDate.of(2027, 3, 29), "Ostermontag"),
                new Holiday(LocalDate.of(2027, 5, 1), "Tag der Arbeit"),
                new Holiday(LocalDate.of(2027, 5, 6), "Christi Himmelfahrt"),
                new Holiday(LocalDate.of(2027, 5, 17), "Pfingstmontag"),
                new Holiday(LocalDate.of(2027, 5, 27), "Fronleichnam"),
                new Holiday(LocalDate.of(2027, 10, 3), "Tag der Deutschen Einheit"),
                new Holiday(LocalDate.of(2027, 11, 1), "Allerheiligen"),
                new Holiday(LocalDate.of(2027, 12, 24), "Heiligabend"),
                new Holiday(LocalDate.of(2027, 12, 25), "1. Weihnachtstag"),
                new Holiday(LocalDate.of(2027, 12, 26), "2. Weihnachtstag"),
                new Holiday(LocalDate.of(2027, 12, 31), "Silvester"));
    }

    @ParameterizedTest(name = "{0}: Fronleichnam {1}, Rosenmontag {2}")
    @CsvSource({"2024, 2024-05-30, 2024-02-12", "2025, 2025-06-19, 2025-03-03", "2026, 2026-06-04, 2026-02-16",
        "2028, 2028-06-15, 2028-02-28", "2029, 2029-05-31, 2029-02-12", "2030, 2030-06-20, 2030-03-04"})
    void shouldMoveTheEasterHolidaysWithEaster(int year, LocalDate corpusChristi, LocalDate roseMonday) {
        assertThat(calendar.holiday(corpusChristi)).map(Holiday::name).contains("Fronleichnam");
        assertThat(calendar.holiday(roseMonday)).map(Holiday::name).contains("Rosenmontag");
        assertThat(calendar.holidays(year)).hasSize(14);
    }

    @Test
    void shouldMoveToTheNextWorkingDay() {
        // Karfreitag 2027 → Tuesday after Easter; a Saturday → Monday; Heiligabend on a Friday → Monday 27.12.
        assertThat(calendar.onOrAfter(LocalDate.of(2027, 3, 26))).isEqualTo(LocalDate.of(2027, 3, 30));
        assertThat(calendar.onOrAfter(LocalDate.of(2027, 3, 6))).isEqualTo(LocalDate.of(2027, 3, 8));
        assertThat(calendar.onOrAfter(LocalDate.of(2027, 12, 24))).isEqualTo(LocalDate.of(2027, 12, 27));
        assertThat(calendar.onOrAfter(LocalDate.of(2027, 3, 25))).isEqualTo(LocalDate.of(2027, 3, 25));
        // the working day before: a filing deadline on Ostermontag is the Thursday before Karfreitag
        assertThat(calendar.onOrBefore(LocalDate.of(2027, 3, 29))).isEqualTo(LocalDate.of(2027, 3, 25));
    }

    @Test
    void shouldKeepTheTimeOfDayWhenMovingAnEngineDate() {
        Date friday = Date.from(ZonedDateTime.parse("2027-03-26T23:59:00+01:00[Europe/Berlin]").toInstant());
        assertThat(calendar.onOrAfter(friday).toInstant())
                .isEqualTo(ZonedDateTime.parse("2027-03-30T23:59:00+02:00[Europe/Berlin]").toInstant());
        Date thursday = Date.from(ZonedDateTime.parse("2027-03-25T08:00:00+01:00[Europe/Berlin]").toInstant());
        assertThat(calendar.onOrAfter(thursday)).isSameAs(thursday);
    }

    @Test
    void shouldHonourAnotherLocalCalendar() {
        // a town without Rosenmontag off, but with its Schützenfest Monday (third Monday of June 2027: 21.06.)
        var kaarst = new WorkingDays(new CalendarProperties(List.of(
                new CalendarProperties.ExtraDay("Schützenfest", "06-21", null))));
        assertThat(kaarst.isWorkingDay(LocalDate.of(2027, 2, 8))).isTrue();
        assertThat(kaarst.isWorkingDay(LocalDate.of(2027, 6, 21))).isFalse();
        assertThat(kaarst.holidays(2027)).hasSize(12);
    }
}
