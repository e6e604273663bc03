package de.akn.workflow.funding;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.funding.internal.FundingCall;
import de.akn.workflow.funding.internal.FundingProgramme;
import de.akn.workflow.funding.internal.FundingProgrammeRepository;
import de.akn.workflow.measure.FundingCatalog;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funding programmes and their calls. {@code alliance.funding.programmes} seeds an empty database;
 * after that they are data: the coordinator adds programmes and changes them (a new call, another rate).
 * Proposals are checked against them ({@link FundingCatalog}).
 */
@Service
public class FundingProgrammes implements FundingCatalog {

    private static final Logger log = LoggerFactory.getLogger(FundingProgrammes.class);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int NAME_LENGTH = 200;
    private static final int URL_LENGTH = 500;
    static final String ID = "id";
    static final String NAME = "name";
    static final String PROVIDER = "provider";
    static final String URL = "url";
    static final String MAX_RATE_PERCENT = "maxRatePercent";
    static final String CALLS = "calls";

    private final FundingProgrammeRepository programmes;
    private final FundingProperties properties;
    private final Clock clock;

    FundingProgrammes(FundingProgrammeRepository programmes, FundingProperties properties, Optional<Clock> clock) {
        this.programmes = programmes;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A programme as the API and the forms show it. */
    public record Programme(String id, String name, String provider, String url, BigDecimal maxRatePercent,
            List<Call> calls) {

        static Programme of(FundingProgramme p) {
            return new Programme(p.getId(), p.getName(), p.getProvider(), p.getUrl(), p.getMaxRatePercent(),
                    p.getCalls().stream().map(c -> new Call(c.getOpens(), c.getCloses())).toList());
        }

        /** The next call that has not closed on {@code day}. */
        public Optional<Call> nextCall(LocalDate day) {
            return calls.stream().filter(c -> !c.closes().isBefore(day)).min(Comparator.comparing(Call::closes));
        }
    }

    /** Applications are accepted from {@code opens} to {@code closes}. */
    public record Call(LocalDate opens, LocalDate closes) {
    }

    /** The programme already exists (POST with a taken id). */
    public static class ProgrammeExists extends RuntimeException {
        ProgrammeExists(String id) {
            super(Texts.text("funding.programme.exists", "id", id));
        }
    }

    /** Seeds an empty database from {@code alliance.funding.programmes}. */
    @Transactional
    public void seed() {
        if (programmes.count() > 0) {
            return;
        }
        var now = clock.instant();
        for (var config : properties.programmes()) {
            programmes.save(new FundingProgramme(config.id(), config.name(), config.provider(), config.url(),
                    config.maxRatePercent(), config.calls().stream().map(c -> new FundingCall(c.opens(), c.closes()))
                            .toList(), now));
        }
        log.info("Seeded {} funding programmes", properties.programmes().size());
    }

    @Transactional(readOnly = true)
    public List<Programme> list() {
        return programmes.findAll().stream().sorted(Comparator.comparing(FundingProgramme::getName))
                .map(Programme::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Programme> find(String id) {
        return id == null ? Optional.empty() : programmes.findById(id).map(Programme::of);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Terms> terms(String programme, LocalDate today) {
        return find(programme).map(p -> new Terms(p.name(), p.maxRatePercent(),
                p.nextCall(today).map(Call::closes).orElse(null)));
    }

    /** A new programme (coordinator, admin). Invalid input: German 400, nothing stored. */
    @Transactional
    public Programme create(Map<String, ?> input) {
        var errors = new LinkedHashMap<String, String>();
        String id = Inputs.text(input.get(ID));
        if (id == null || !id.matches("[a-z][a-z0-9-]{1,39}")) {
            errors.put(ID, Texts.text("funding.programme.id"));
        }
        String name = name(input.get(NAME), true, errors);
        String provider = optionalText(input.get(PROVIDER), PROVIDER, errors);
        String url = url(input.get(URL), errors);
        BigDecimal rate = rate(input.get(MAX_RATE_PERCENT), true, errors);
        List<FundingCall> calls = input.get(CALLS) == null ? List.of() : calls(input.get(CALLS), errors);
        ValidationProblem.throwIfAny(errors);
        if (programmes.existsById(id)) {
            throw new ProgrammeExists(id);
        }
        try {
            return Programme.of(programmes.saveAndFlush(new FundingProgramme(id, name, provider, url, rate, calls,
                    clock.instant())));
        } catch (DataIntegrityViolationException e) {
            throw new ProgrammeExists(id);
        }
    }

    /** Changes the fields given (calls: the list replaces the calls). Empty for an unknown programme. */
    @Transactional
    public Optional<Programme> update(String id, Map<String, ?> input) {
        var programme = programmes.findById(id);
        if (programme.isEmpty()) {
            return Optional.empty();
        }
        var errors = new LinkedHashMap<String, String>();
        String name = input.containsKey(NAME) ? name(input.get(NAME), true, errors) : null;
        String provider = input.containsKey(PROVIDER) ? textOrEmpty(input.get(PROVIDER), PROVIDER, errors) : null;
        String url = input.containsKey(URL) ? Optional.ofNullable(url(input.get(URL), errors)).orElse("") : null;
        BigDecimal rate = input.containsKey(MAX_RATE_PERCENT) ? rate(input.get(MAX_RATE_PERCENT), true, errors) : null;
        List<FundingCall> calls = input.containsKey(CALLS) ? calls(input.get(CALLS), errors) : null;
        ValidationProblem.throwIfAny(errors);
        programme.get().change(name, provider, url, rate, calls, clock.instant());
        return programme.map(Programme::of);
    }

    /**
     * The funding calendar: every call that has not closed by {@code today} and opens within
     * {@code alliance.funding.calendar-ahead} (default twelve months), by closing day.
     */
    @Transactional(readOnly = true)
    public List<CalendarEntry> calendar(LocalDate today) {
        LocalDate horizon = today.plus(properties.calendarAhead());
        var entries = new ArrayList<CalendarEntry>();
        for (Programme p : list()) {
            for (Call call : p.calls()) {
                if (!call.closes().isBefore(today) && !call.opens().isAfter(horizon)) {
                    entries.add(new CalendarEntry(p.id(), p.name(), p.provider(), p.url(), call.opens(), call.closes()));
                }
            }
        }
        entries.sort(Comparator.comparing(CalendarEntry::closes).thenComparing(CalendarEntry::name));
        return entries;
    }

    /** The calendar for today, by the engine's clock. */
    @Transactional(readOnly = true)
    public List<CalendarEntry> calendar() {
        return calendar(Dates.today());
    }

    /** A call in the funding calendar. */
    public record CalendarEntry(String programme, String name, String provider, String url, LocalDate opens,
            LocalDate closes) {
    }

    private static String name(Object value, boolean required, Map<String, String> errors) {
        String name = Inputs.text(value);
        if (name == null && required) {
            errors.put(NAME, Texts.text("funding.programme.name"));
        } else if (name != null && name.length() > NAME_LENGTH) {
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

    private static BigDecimal rate(Object value, boolean required, Map<String, String> errors) {
        if (value == null && !required) {
            return null;
        }
        BigDecimal rate = Inputs.decimal(value);
        if (rate == null || rate.signum() <= 0 || rate.compareTo(HUNDRED) > 0 || rate.stripTrailingZeros().scale() > 2) {
            errors.put(MAX_RATE_PERCENT, Texts.text("funding.programme.rate"));
            return null;
        }
        return rate.setScale(2);
    }

    private static List<FundingCall> calls(Object value, Map<String, String> errors) {
        List<?> list = Inputs.list(value);
        if (list == null) {
            errors.put(CALLS, Texts.text("funding.programme.calls"));
            return List.of();
        }
        var calls = new ArrayList<FundingCall>();
        for (Object item : list) {
            Map<?, ?> call = item instanceof Map<?, ?> map ? map : Map.of();
            LocalDate opens = Dates.parse(call.get("opens")).orElse(null);
            LocalDate closes = Dates.parse(call.get("closes")).orElse(null);
            if (opens == null || closes == null) {
                errors.put(CALLS, Texts.text("funding.programme.call-dates"));
                return List.of();
            }
            if (closes.isBefore(opens)) {
                errors.put(CALLS, Texts.text("funding.programme.call-order", "opens",
                        GermanFormat.date(opens), "closes",
                        GermanFormat.date(closes)));
                return List.of();
            }
            calls.add(new FundingCall(opens, closes));
        }
        return calls;
    }
}
