package de.akn.workflow.measure;

import de.akn.workflow.common.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.NoSuchMessageException;

/**
 * The detail of an audit-trail row as the step gives it: the key of its German text and the values, not the
 * sentence. The sentence is rendered when the history is shown, so a change of wording reaches old rows too, and a
 * reader (the Beschlussvorlage) takes a value such as the partner's recommendation from its parameter instead of
 * parsing a sentence. Several parts read as one text (e.g. a decision, then the person's comment); a part without a
 * key is a person's own words.
 */
public record EventDetail(List<Part> parts) {

    private static final Logger log = LoggerFactory.getLogger(EventDetail.class);

    /**
     * One part: {@code key} with its {@code values} (a null value shows as "–"), and {@code labels}: values that are
     * enum constants, by their label key {@code label.<Enum>.<CONSTANT>}; or, without a key, {@code text} as written.
     */
    public record Part(String key, Map<String, String> values, Map<String, String> labels, String text) {

        public Part {
            values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
            labels = labels == null ? Map.of() : Map.copyOf(labels);
        }

        String render() {
            if (key == null) {
                return text == null ? "" : text;
            }
            var all = new LinkedHashMap<String, Object>(values);
            labels.forEach((name, labelKey) -> all.put(name, Texts.text(labelKey, Map.of())));
            return Texts.text(key, all);
        }
    }

    public EventDetail {
        parts = List.copyOf(parts);
    }

    /** The text of {@code key} with values given as name, value, name, value … (values shown as written). */
    public static EventDetail of(String key, Object... namesAndValues) {
        return new EventDetail(List.of(part(key, namesAndValues)));
    }

    /** A person's own words (a comment), or no detail for null. */
    public static EventDetail text(String text) {
        return new EventDetail(text == null ? List.of() : List.of(new Part(null, null, null, text)));
    }

    /** No detail. */
    public static EventDetail none() {
        return new EventDetail(List.of());
    }

    /** This, followed by the text of {@code key}. */
    public EventDetail and(String key, Object... namesAndValues) {
        var all = new ArrayList<>(parts);
        all.add(part(key, namesAndValues));
        return new EventDetail(all);
    }

    /** This, followed by a person's comment (": …"), if there is one. */
    public EventDetail withComment(String comment) {
        return comment == null || comment.isBlank() ? this : and("event.comment", "comment", comment);
    }

    /** This, followed by a person's remark in brackets (" (…)"), if there is one. */
    public EventDetail withRemark(String comment) {
        return comment == null || comment.isBlank() ? this : and("event.remark", "comment", comment);
    }

    /** This, followed by the text of {@code key} if {@code condition} holds. */
    public EventDetail andIf(boolean condition, String key, Object... namesAndValues) {
        return condition ? and(key, namesAndValues) : this;
    }

    /** The last part shows {@code constant} by its German label under {@code name}, e.g. "mit Änderungen unterstützen". */
    public EventDetail label(String name, Enum<?> constant) {
        if (parts.isEmpty() || parts.get(parts.size() - 1).key() == null) {
            throw new IllegalStateException("A label belongs to a text with a key");
        }
        Part last = parts.get(parts.size() - 1);
        var labels = new LinkedHashMap<>(last.labels());
        labels.put(name, Texts.labelKey(constant));
        var all = new ArrayList<>(parts.subList(0, parts.size() - 1));
        all.add(new Part(last.key(), last.values(), labels, null));
        return new EventDetail(all);
    }

    /** A value as given, from the first part that has it. */
    public Optional<String> value(String name) {
        return parts.stream().map(p -> p.values().get(name)).filter(Objects::nonNull).findFirst();
    }

    /** An enum constant given through {@link #label}, from the first part that has it (empty if it is gone). */
    public <E extends Enum<E>> Optional<E> constant(String name, Class<E> type) {
        return parts.stream().map(p -> p.labels().get(name)).filter(Objects::nonNull).findFirst()
                .flatMap(key -> Arrays.stream(type.getEnumConstants()).filter(c -> Texts.labelKey(c).equals(key))
                        .findFirst());
    }

    /** The German text, e.g. "Empfehlung: unterstützen. „…“"; null without parts. */
    public String render() {
        return parts.isEmpty() ? null : parts.stream().map(Part::render).collect(Collectors.joining());
    }

    /**
     * The German text in today's wording, or {@code asWritten} if a key or placeholder it was stored with is
     * gone (the history stays readable whatever happens to the bundles).
     */
    public String renderOr(String asWritten) {
        try {
            return render();
        } catch (NoSuchMessageException | IllegalArgumentException e) {
            log.warn("History line with keys {} shown as written: {}", parts.stream().map(Part::key).toList(),
                    e.getMessage());
            return asWritten;
        }
    }

    private static Part part(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Names and values must come in pairs for " + key);
        }
        var values = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            values.put((String) namesAndValues[i], value == null ? null : value.toString());
        }
        return new Part(key, values, null, null);
    }
}
