package de.akn.workflow.meeting;

import static de.akn.workflow.meeting.MeetingProcess.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.akn.workflow.common.Dates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The minutes as the chair's town records them: the text (required) and the action items, each with a
 * title, the member that takes it on and a due date after today. Action items come as the JSON list
 * {@code actionItems} (API, engine REST) or as the Tasklist form's rows ({@code actionItem1Title} …).
 */
public record Minutes(String text, List<NewActionItem> actionItems) {

    static final int MAX_TEXT = 50_000;

    public record NewActionItem(String title, String member, LocalDate due) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static Minutes read(Map<String, ?> variables, LocalDate today, Predicate<String> isMember) {
        var errors = new LinkedHashMap<String, String>();
        String text = Inputs.text(variables.get(MINUTES_TEXT));
        if (text == null) {
            errors.put(MINUTES_TEXT, Texts.text("meeting.minutes.missing"));
        } else if (text.length() > MAX_TEXT) {
            errors.put(MINUTES_TEXT, Texts.text("meeting.minutes.too-long", "max",
                    GermanFormat.integer(MAX_TEXT)));
        }
        var items = new ArrayList<NewActionItem>();
        for (var row : rows(variables, errors)) {
            String title = Inputs.text(row.title());
            String member = Inputs.text(row.member());
            boolean empty = title == null && member == null && Inputs.text(row.due()) == null;
            if (empty) {
                continue;
            }
            if (title == null) {
                errors.putIfAbsent(row.field("Title"),
                        Texts.text("meeting.action.title-missing", "number", row.number()));
            } else if (title.length() > AgendaText.MAX_TITLE) {
                errors.putIfAbsent(row.field("Title"),
                        Texts.text("meeting.action.title-too-long", "number", row.number(),
                                "max", AgendaText.MAX_TITLE));
            }
            if (member == null) {
                errors.putIfAbsent(row.field("Member"),
                        Texts.text("meeting.action.member-missing", "number", row.number()));
            } else if (!isMember.test(member)) {
                errors.putIfAbsent(row.field("Member"),
                        Texts.text("meeting.action.member-unknown", "number", row.number()));
            }
            LocalDate due = null;
            if (Inputs.text(row.due()) == null) {
                errors.putIfAbsent(row.field("Due"),
                        Texts.text("meeting.action.due-missing", "number", row.number()));
            } else {
                due = Dates.parse(row.due()).orElse(null);
                if (due == null) {
                    errors.putIfAbsent(row.field("Due"),
                            Texts.text("meeting.action.due-invalid", "number", row.number()));
                } else if (!due.isAfter(today)) {
                    errors.putIfAbsent(row.field("Due"),
                            Texts.text("meeting.action.due-not-after-today", "number", row.number(),
                                    "today", GermanFormat.date(today)));
                }
            }
            items.add(new NewActionItem(title, member, due));
        }
        ValidationProblem.throwIfAny(errors);
        return new Minutes(text, List.copyOf(items));
    }

    /** One action item as given, with the field its errors belong to. */
    private record Row(int number, Object title, Object member, Object due, String fieldPrefix) {
        String field(String part) {
            return fieldPrefix == null ? ACTION_ITEMS : fieldPrefix + part;
        }
    }

    private static List<Row> rows(Map<String, ?> variables, Map<String, String> errors) {
        var rows = new ArrayList<Row>();
        Object json = variables.get(ACTION_ITEMS);
        if (json != null && !(json instanceof String s && s.isBlank())) {
            List<?> list = list(json);
            if (list == null) {
                errors.put(ACTION_ITEMS, Texts.text("meeting.action.not-a-list"));
                return rows;
            }
            for (Object entry : list) {
                Map<?, ?> item = entry instanceof Map<?, ?> map ? map : Map.of();
                rows.add(new Row(rows.size() + 1, item.get("title"), item.get("member"), item.get("due"), null));
            }
        }
        for (int i = 1; i <= ACTION_ITEM_ROWS; i++) {
            String prefix = ACTION_ITEM_ROW + i;
            rows.add(new Row(rows.size() + 1, variables.get(prefix + "Title"), variables.get(prefix + "Member"),
                    variables.get(prefix + "Due"), prefix));
        }
        return rows;
    }

    /** A JSON list as a Java list: already a list, a Spin JSON value or JSON text; null if it is none. */
    private static List<?> list(Object value) {
        if (value instanceof List<?> list) {
            return list;
        }
        try {
            Object parsed = JSON.readValue(value.toString(), Object.class);
            return parsed instanceof List<?> list ? list : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The action items as the process keeps them ({@code actionItems}): JSON {@code [{"title", "member", "due"}]}. */
    public String actionItemsJson() {
        try {
            return JSON.writeValueAsString(actionItems.stream().map(a -> Map.<String, Object>of("title", a.title(),
                    "member", a.member(), "due", a.due().toString())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
