package de.akn.workflow.funding;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.Texts;
import de.akn.workflow.funding.ProgrammeCommands.NewProgramme;
import de.akn.workflow.funding.ProgrammeCommands.ProgrammeChange;
import de.akn.workflow.funding.internal.FundingCall;
import de.akn.workflow.funding.internal.FundingProgramme;
import de.akn.workflow.funding.internal.FundingProgrammeRepository;
import de.akn.workflow.measure.FundingCatalog;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    /** A new programme (coordinator, admin), checked by {@link ProgrammeCommands#create}. */
    @Transactional
    public Programme create(NewProgramme command) {
        String id = command.id();
        if (programmes.existsById(id)) {
            throw new ProgrammeExists(id);
        }
        try {
            return Programme.of(programmes.saveAndFlush(new FundingProgramme(id, command.name(), command.provider(),
                    command.url(), command.maxRatePercent(), entities(command.calls()), clock.instant())));
        } catch (DataIntegrityViolationException e) {
            throw new ProgrammeExists(id);
        }
    }

    /** Changes the fields given (calls: the list replaces the calls). Empty for an unknown programme. */
    @Transactional
    public Optional<Programme> update(String id, ProgrammeChange change) {
        var programme = programmes.findById(id);
        programme.ifPresent(p -> p.change(change.name(), change.provider(), change.url(), change.maxRatePercent(),
                change.calls() == null ? null : entities(change.calls()), clock.instant()));
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

    private static List<FundingCall> entities(List<Call> calls) {
        return calls.stream().map(c -> new FundingCall(c.opens(), c.closes())).toList();
    }
}
