package de.akn.workflow.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reading loosely typed input (JSON values, form variables) into typed values; a problem is put
 * into {@code errors} as a German message for the field. Shared by the proposal and the
 * progress report rules.
 */
public final class Inputs {

    private Inputs() {
    }

    public static BigDecimal amount(Object value, String field, String what, int scale, BigDecimal max,
            boolean required, Map<String, String> errors) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            if (required) {
                errors.put(field, Texts.text("input.missing", "what", what));
            }
            return null;
        }
        BigDecimal number = decimal(value);
        if (number == null) {
            errors.put(field, Texts.text("input.not-a-number", "what", what));
        } else if (number.signum() < 0) {
            errors.put(field, Texts.text("input.negative", "what", what));
        } else if (number.compareTo(max) > 0) {
            errors.put(field, Texts.text("input.too-high", "what", what, "max", GermanFormat.number(max)));
        } else if (number.stripTrailingZeros().scale() > scale) {
            errors.put(field, scale == 1 ? Texts.text("input.decimals-one", "what", what)
                    : Texts.text("input.decimals-many", "what", what, "scale", scale));
        } else {
            return number.setScale(scale);
        }
        return null;
    }

    public static LocalDate date(Object value, String field, String what, Map<String, String> errors) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            errors.put(field, Texts.text("input.missing", "what", what));
            return null;
        }
        return Dates.parse(value).orElseGet(() -> {
            errors.put(field, Texts.text("input.date-invalid", "what", what));
            return null;
        });
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, Object value, String field, String missing,
            Map<String, String> errors) {
        String text = text(value);
        if (text == null) {
            errors.put(field, missing);
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            errors.put(field, Texts.text("input.unknown-value", "value", shorten(text), "allowed",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    /** The constant named by a text value, or null when missing or unknown (decisions from forms). */
    public static <E extends Enum<E>> E enumValue(Class<E> type, Object value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A text value, trimmed; null when missing or blank. */
    public static String text(Object value) {
        if (!(value instanceof String s) || s.isBlank()) {
            return null;
        }
        return s.trim();
    }

    public static List<?> list(Object value) {
        if (value instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (value instanceof Object[] array) {
            return Arrays.asList(array);
        }
        return null;
    }

    public static Integer integer(Object value) {
        BigDecimal number = decimal(value);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    public static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? new BigDecimal(Double.toString(d)) : null;
        }
        if (value instanceof String s) {
            // German input as well: "12.000,50" and "12000,50" as 12000.50
            String text = s.trim();
            if (text.contains(",")) {
                text = text.replace(".", "").replace(',', '.');
            } else if (text.matches("\\d{1,3}(\\.\\d{3})+")) {
                // "12.000" is twelve thousand to a German, never twelve
                text = text.replace(".", "");
            }
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    public static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
