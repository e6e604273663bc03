package de.akn.workflow.funding;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.funding.FundingProgrammes.Call;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The coordinator's entries on a funding programme, read from the API's body once and checked: a new
 * programme, or a change of some of its fields. Invalid input throws {@link ValidationProblem} with a German
 * message per field; nothing is stored.
 */
public final class ProgrammeCommands {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int NAME_LENGTH = 200;
    private static final int URL_LENGTH = 500;
    static final String ID = "id";
    static final String NAME = "name";
    static final String PROVIDER = "provider";
    static final String URL = "url";
    static final String MAX_RATE_PERCENT = "maxRatePercent";
    static final String CALLS = "calls";

    private ProgrammeCommands() {
    }

    /** {@code POST /api/funding-programmes}: id, name and rate are required; no calls is an empty list. */
    public record NewProgramme(String id, String name, String provider, String url, BigDecimal maxRatePercent,
            List<Call> calls) {
    }

    /**
     * {@code PATCH /api/funding-programmes/{id}}: null leaves a field as it is; an empty provider or url clears
     * it; calls replace the calls.
     */
    public record ProgrammeChange(String name, String provider, String url, BigDecimal maxRatePercent,
            List<Call> calls) {
    }

    public static NewProgramme create(Map<String, ?> input) {
        var errors = new LinkedHashMap<String, String>();
        String id = Inputs.text(input.get(ID));
        if (id == null || !id.matches("[a-z][a-z0-9-]{1,39}")) {
            errors.put(ID, Texts.text("funding.programme.id"));
        }
        String name = name(input.get(NAME), errors);
        String provider = optionalText(input.get(PROVIDER), PROVIDER, errors);
        String url = url(input.get(URL), errors);
        BigDecimal rate = rate(input.get(MAX_RATE_PERCENT), errors);
        List<Call> calls = input.get(CALLS) == null ? List.of() : calls(input.get(CALLS), errors);
        ValidationProblem.throwIfAny(errors);
        return new NewProgramme(id, name, provider, url, rate, calls);
    }

    public static ProgrammeChange change(Map<String, ?> input) {
        var errors = new LinkedHashMap<String, String>();
        String name = input.containsKey(NAME) ? name(input.get(NAME), errors) : null;
        String provider = input.containsKey(PROVIDER) ? textOrEmpty(input.get(PROVIDER), PROVIDER, errors) : null;
        String url = input.containsKey(URL) ? Optional.ofNullable(url(input.get(URL), errors)).orElse("") : null;
        BigDecimal rate = input.containsKey(MAX_RATE_PERCENT) ? rate(input.get(MAX_RATE_PERCENT), errors) : null;
        List<Call> calls = input.containsKey(CALLS) ? calls(input.get(CALLS), errors) : null;
        ValidationProblem.throwIfAny(errors);
        return new ProgrammeChange(name, provider, url, rate, calls);
    }

    private static String name(Object value, Map<String, String> errors) {
        String name = Inputs.text(value);
        if (name == null) {
            errors.put(NAME, Texts.text("funding.programme.name"));
        } else if (name.length() > NAME_LENGTH) {
            errors.put(NAME, Texts.text("funding.programme.too-long", "max", GermanFormat.integer(NAME_LENGTH)));
        }
        return name;
    }

    private static String optionalText(Object value, String field, Map<String, String> errors) {
        String text = Inputs.text(value);
        if (text != null && text.length() > NAME_LENGTH) {
            errors.put(field, Texts.text("funding.programme.too-long", "max", GermanFormat.integer(NAME_LENGTH)));
        }
        return text;
    }

    /** An empty text clears the field. */
    private static String textOrEmpty(Object value, String field, Map<String, String> errors) {
        String text = optionalText(value, field, errors);
        return text == null ? "" : text;
    }

    private static String url(Object value, Map<String, String> errors) {
        String url = Inputs.text(value);
        if (url == null) {
            return null;
        }
        try {
            URI uri = URI.create(url);
            if (url.length() > URL_LENGTH || uri.getHost() == null
                    || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw new IllegalArgumentException(url);
            }
        } catch (IllegalArgumentException e) {
            errors.put(URL, Texts.text("funding.programme.url"));
        }
        return url;
    }

    private static BigDecimal rate(Object value, Map<String, String> errors) {
        BigDecimal rate = Inputs.decimal(value);
        if (rate == null || rate.signum() <= 0 || rate.compareTo(HUNDRED) > 0 || rate.stripTrailingZeros().scale() > 2) {
            errors.put(MAX_RATE_PERCENT, Texts.text("funding.programme.rate"));
            return null;
        }
        return rate.setScale(2);
    }

    private static List<Call> calls(Object value, Map<String, String> errors) {
        List<?> list = Inputs.list(value);
        if (list == null) {
            errors.put(CALLS, Texts.text("funding.programme.calls"));
            return List.of();
        }
        var calls = new ArrayList<Call>();
        for (Object item : list) {
            Map<?, ?> call = item instanceof Map<?, ?> map ? map : Map.of();
            LocalDate opens = Dates.parse(call.get("opens")).orElse(null);
            LocalDate closes = Dates.parse(call.get("closes")).orElse(null);
            if (opens == null || closes == null) {
                errors.put(CALLS, Texts.text("funding.programme.call-dates"));
                return List.of();
            }
            if (closes.isBefore(opens)) {
                errors.put(CALLS, Texts.text("funding.programme.call-order", "opens", GermanFormat.date(opens),
                        "closes", GermanFormat.date(closes)));
                return List.of();
            }
            calls.add(new Call(opens, closes));
        }
        return calls;
    }
}
