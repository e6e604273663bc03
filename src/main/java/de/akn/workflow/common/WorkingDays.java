package de.akn.workflow.common;

import de.akn.workflow.common.Holidays.Holiday;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The town halls' calendar: Monday to Friday, except the public holidays of NRW and the local days of
 * {@code alliance.calendar.extra-days}. Every due date the application computes in days is moved forward
 * to the next working day with it (a task due on Karfreitag is due on the Tuesday after Easter).
 */
@Component
public class WorkingDays {

    /** The years the calendar answers for (the API refuses others). */
    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2100;

    private final List<CalendarProperties.ExtraDay> extraDays;
    private final Map<Integer, List<Holiday>> byYear = new ConcurrentHashMap<>();

    public WorkingDays(CalendarProperties properties) {
        this.extraDays = properties.extraDays();
    }

    /** The public holidays and the local days off of the year, in calendar order. */
    public List<Holiday> holidays(int year) {
        return byYear.computeIfAbsent(year, this::compute);
    }

    /** The holiday or local day off on this day, if any. */
    public Optional<Holiday> holiday(LocalDate day) {
        return holidays(day.getYear()).stream().filter(h -> h.date().equals(day)).findFirst();
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && holiday(day).isEmpty();
    }

    /** The day itself if it is a working day, else the next one. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate result = day;
        while (!isWorkingDay(result)) {
            result = result.plusDays(1);
        }
        return result;
    }

    /** The day itself if it is a working day, else the working day before (a filing deadline). */
    public LocalDate onOrBefore(LocalDate day) {
        LocalDate result = day;
        while (!isWorkingDay(result)) {
            result = result.minusDays(1);
        }
        return result;
    }

    /** An engine date (a due date, a timer) moved to the next working day at the same time of day. */
    public Date onOrAfter(Date date) {
        LocalDate day = Dates.day(date);
        LocalDate working = onOrAfter(day);
        return working.equals(day) ? date : Date.from(date.toInstant().atZone(GermanFormat.ZONE)
                .plusDays(working.toEpochDay() - day.toEpochDay()).toInstant());
    }

    private List<Holiday> compute(int year) {
        var days = new ArrayList<>(Holidays.nrw(year));
        LocalDate easter = Holidays.easterSunday(year);
        for (CalendarProperties.ExtraDay extra : extraDays) {
            LocalDate date = extra.easterOffset() != null ? easter.plusDays(extra.easterOffset())
                    : extra.monthDay().atYear(year);
            if (date.getYear() == year && days.stream().noneMatch(h -> h.date().equals(date))) {
                days.add(new Holiday(date, extra.name()));
            }
        }
        days.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(days);
    }
}
