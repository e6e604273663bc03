package de.akn.workflow.meeting;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.Texts;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** A meeting's date, time and place as a person types them, with a German message per field. */
final class MeetingInputs {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    static final int MAX_PLACE = 300;

    private MeetingInputs() {
    }

    static LocalDate day(Object value, String field, Map<String, String> errors) {
        if (Inputs.text(value) == null) {
            errors.put(field, Texts.text("meeting.date.missing"));
            return null;
        }
        return Dates.parse(value).orElseGet(() -> {
            errors.put(field, Texts.text("meeting.date.invalid"));
            return null;
        });
    }

    /** "10:00" or "9:30"; none given: {@code usual}. */
    static LocalTime time(Object value, LocalTime usual, String field, Map<String, String> errors) {
        String text = Inputs.text(value);
        if (text == null) {
            return usual;
        }
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text, TIME);
        } catch (DateTimeParseException e) {
            errors.put(field, Texts.text("meeting.time.invalid"));
            return null;
        }
    }

    static String place(Object value, String field, boolean required, Map<String, String> errors) {
        String text = Inputs.text(value);
        if (text == null && required) {
            errors.put(field, Texts.text("meeting.place.missing"));
        } else if (text != null && text.length() > MAX_PLACE) {
            errors.put(field, Texts.text("meeting.place.too-long", "max", MAX_PLACE));
        }
        return text;
    }
}
