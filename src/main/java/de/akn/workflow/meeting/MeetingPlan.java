package de.akn.workflow.meeting;

import de.akn.workflow.common.ValidationProblem;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.function.Function;

/**
 * A meeting the coordinator plans ({@code POST /api/meetings}), read from the request once. Whether the day
 * is free is the service's rule (asked while reading, and again when planning).
 *
 * @param time  null: the usual start time ({@code alliance.meetings.start-time})
 * @param place optional
 */
public record MeetingPlan(LocalDate date, LocalTime time, String place) {

    /**
     * The date as {@code TT.MM.JJJJ} or {@code JJJJ-MM-TT}, the time as {@code HH:mm}; {@code dayRule} (the
     * service's {@link MeetingService#dayProblem}) is asked about a readable date, so that every problem is
     * reported at once.
     */
    public static MeetingPlan read(Object date, Object time, Object place,
            Function<LocalDate, Optional<String>> dayRule) {
        var errors = new LinkedHashMap<String, String>();
        LocalDate day = MeetingInputs.day(date, "date", errors);
        LocalTime start = MeetingInputs.time(time, null, "time", errors);
        String where = MeetingInputs.place(place, "place", false, errors);
        if (day != null) {
            dayRule.apply(day).ifPresent(problem -> errors.put("date", problem));
        }
        ValidationProblem.throwIfAny(errors);
        return new MeetingPlan(day, start, where);
    }
}
