package de.akn.workflow.common;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * The statutory public holidays of North Rhine-Westphalia (Feiertagsgesetz NW § 2), computed for a year:
 * the fixed ones and those that move with Easter (Karfreitag, Ostermontag, Christi Himmelfahrt, Pfingstmontag,
 * Fronleichnam). Names are the texts' ({@code holiday.*}).
 */
public final class Holidays {

    private Holidays() {
    }

    /** A day off and its German name. */
    public record Holiday(LocalDate date, String name) {
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    /** The public holidays of NRW in the year, in calendar order. */
    public static List<Holiday> nrw(int year) {
        LocalDate easter = easterSunday(year);
        var days = new ArrayList<Holiday>();
        days.add(fixed(year, MonthDay.of(1, 1), "holiday.neujahr"));
        days.add(new Holiday(easter.minusDays(2), Texts.text("holiday.karfreitag")));
        days.add(new Holiday(easter.plusDays(1), Texts.text("holiday.ostermontag")));
        days.add(fixed(year, MonthDay.of(5, 1), "holiday.tag-der-arbeit"));
        days.add(new Holiday(easter.plusDays(39), Texts.text("holiday.christi-himmelfahrt")));
        days.add(new Holiday(easter.plusDays(50), Texts.text("holiday.pfingstmontag")));
        days.add(new Holiday(easter.plusDays(60), Texts.text("holiday.fronleichnam")));
        days.add(fixed(year, MonthDay.of(10, 3), "holiday.tag-der-deutschen-einheit"));
        days.add(fixed(year, MonthDay.of(11, 1), "holiday.allerheiligen"));
        days.add(fixed(year, MonthDay.of(12, 25), "holiday.weihnachten-1"));
        days.add(fixed(year, MonthDay.of(12, 26), "holiday.weihnachten-2"));
        days.sort((x, y) -> x.date().compareTo(y.date()));
        return days;
    }

    private static Holiday fixed(int year, MonthDay day, String key) {
        return new Holiday(day.atYear(year), Texts.text(key));
    }
}
