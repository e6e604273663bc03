package de.akn.workflow.meeting;

import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The agenda as the coordinator edits it in Tasklist: one item per line, a measure's reference in
 * square brackets at the end ("Mitzeichnung offen: Klimawoche [AKN-2026-001]"); numbering typed in
 * front ("1.", "TOP 2:") is dropped, since the agenda numbers its items itself.
 */
final class AgendaText {

    static final int MAX_ITEMS = 40;
    static final int MAX_TITLE = 500;
    private static final Pattern REFERENCE = Pattern.compile("^(.*?)\\s*\\[(AKN-\\d{4}-\\d{3,})]\\s*$");
    private static final Pattern NUMBERING = Pattern.compile("^(TOP\\s*\\d{1,2}[.:)]?|\\d{1,2}[.:)])\\s+",
            Pattern.CASE_INSENSITIVE);

    private AgendaText() {
    }

    static String format(List<AgendaItem> items) {
        var sb = new StringBuilder();
        for (AgendaItem item : items) {
            sb.append(item.title());
            if (item.reference() != null) {
                sb.append(" [").append(item.reference()).append(']');
            }
            sb.append('\n');
        }
        return sb.toString().stripTrailing();
    }

    static List<AgendaItem> parse(Object value, String field) {
        String text = value == null ? "" : value.toString();
        var items = new ArrayList<AgendaItem>();
        for (String raw : text.split("\\R")) {
            String line = NUMBERING.matcher(raw.strip()).replaceFirst("").strip();
            if (line.isEmpty()) {
                continue;
            }
            var m = REFERENCE.matcher(line);
            String title = m.matches() ? m.group(1).strip() : line;
            String reference = m.matches() ? m.group(2) : null;
            if (title.length() > MAX_TITLE) {
                throw ValidationProblem.of(field, Texts.text("meeting.agenda.item-too-long", "max", MAX_TITLE));
            }
            items.add(new AgendaItem(title.isEmpty() ? reference : title, reference));
        }
        if (items.isEmpty()) {
            throw ValidationProblem.of(field, Texts.text("meeting.agenda.empty"));
        }
        if (items.size() > MAX_ITEMS) {
            throw ValidationProblem.of(field, Texts.text("meeting.agenda.too-many", "max", MAX_ITEMS));
        }
        return items;
    }
}
