package de.akn.workflow.meeting;

import static de.akn.workflow.meeting.MeetingProcess.AGENDA_TEXT;
import static de.akn.workflow.meeting.MeetingProcess.MEETING_DATE;
import static de.akn.workflow.meeting.MeetingProcess.MEETING_PLACE;
import static de.akn.workflow.meeting.MeetingProcess.MEETING_TIME;

import de.akn.workflow.common.ValidationProblem;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code Task_PrepareAgenda} completed: the meeting's date, time and place and its agenda, read from the task's
 * variables once. Whether the day is free is the service's rule (asked while reading, and again when kept).
 *
 * @param time null: the usual start time ({@code alliance.meetings.start-time})
 */
public record AgendaConfirmation(LocalDate date, LocalTime time, String place, List<AgendaItem> agenda) {

    /**
     * {@code dayRule} (the service's {@link MeetingService#dayProblem}) is asked about a readable date, so that the
     * form shows every problem at once.
     */
    public static AgendaConfirmation read(Map<String, ?> input, Function<LocalDate, Optional<String>> dayRule) {
        var errors = new LinkedHashMap<String, String>();
        LocalDate day = MeetingInputs.day(input.get(MEETING_DATE), MEETING_DATE, errors);
        LocalTime start = MeetingInputs.time(input.get(MEETING_TIME), null, MEETING_TIME, errors);
        String place = MeetingInputs.place(input.get(MEETING_PLACE), MEETING_PLACE, true, errors);
        if (day != null) {
            dayRule.apply(day).ifPresent(problem -> errors.put(MEETING_DATE, problem));
        }
        List<AgendaItem> agenda = null;
        try {
            agenda = AgendaText.parse(input.get(AGENDA_TEXT), AGENDA_TEXT);
        } catch (ValidationProblem e) {
            errors.putAll(e.errors());
        }
        ValidationProblem.throwIfAny(errors);
        return new AgendaConfirmation(day, start, place, agenda);
    }
}
