package de.akn.workflow.publicsite;

import de.akn.workflow.common.AllianceProperties;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.MemberKind;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.SynergyProperties;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.publicsite.PublishedMeasures.Published;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** What the public pages show, computed from the published measures and the members. */
@Service
public class PublicSite {

    /** The licence of the open data. */
    public static final String LICENCE = "Datenlizenz Deutschland – Namensnennung – Version 2.0";
    public static final String LICENCE_URL = "https://www.govdata.de/dl-de/by-2-0";

    private final PublishedMeasures published;
    private final MemberService members;
    private final AllianceProperties properties;
    private final SynergyProperties synergy;
    private final Clock clock = Clock.systemUTC();
    private volatile Snapshot snapshot;

    private record Snapshot(String version, List<Published> measures) {
    }

    PublicSite(PublishedMeasures published, MemberService members, AllianceProperties properties,
            SynergyProperties synergy) {
        this.published = published;
        this.members = members;
        this.properties = properties;
        this.synergy = synergy;
    }

    /** The totals the start page shows ("the year in figures" and since the beginning). */
    public record Figures(int year, long adoptedInYear, long completedInYear, long published, long completed,
            BigDecimal moneySavedEur, BigDecimal staffDaysSaved, BigDecimal co2PlannedTonnesPerYear,
            BigDecimal co2ReportedTonnes) {
    }

    /** Changes with the published data and with the year (the start page shows the year in figures). */
    public String version() {
        return published.version() + "-" + GermanFormat.day(clock.instant()).getYear();
    }

    /**
     * The published measures, read again only when {@link #version()} changed: on a busy day every
     * page costs one small query, and each node keeps its own copy keyed by the database's state.
     */
    public List<Published> measures() {
        String version = version();
        Snapshot current = snapshot;
        if (current == null || !current.version().equals(version)) {
            // read after the version: the copy is at least as new as its key, never older
            current = new Snapshot(version, published.all());
            snapshot = current;
        }
        return current.measures();
    }

    public Optional<Published> measure(String reference) {
        return published.find(reference);
    }

    /** The active members (the Kreis and the towns), the Kreis first. */
    public List<Member> members() {
        return members.findAll().stream().filter(m -> m.isActive() && m.getKind() != MemberKind.PARTNER).toList();
    }

    public Optional<Member> member(String id) {
        return members.find(id).filter(m -> m.getKind() != MemberKind.PARTNER);
    }

    public String partners() {
        return members.partnerNames();
    }

    /** Member names by id (for the lead and signers of a measure, also of former members). */
    public Map<String, String> names() {
        return members.findAll().stream().collect(Collectors.toMap(Member::getId, Member::getName, (a, b) -> a,
                LinkedHashMap::new));
    }

    public Figures figures(List<Published> measures) {
        int year = GermanFormat.day(clock.instant()).getYear();
        Function<java.time.Instant, Boolean> inYear = i -> i != null && GermanFormat.day(i).getYear() == year;
        return new Figures(year, measures.stream().filter(m -> inYear.apply(m.adoptedAt())).count(),
                measures.stream().filter(m -> inYear.apply(m.completedAt())).count(), measures.size(),
                measures.stream().filter(m -> m.status() == MeasureStatus.COMPLETED).count(),
                sum(measures, m -> m.synergy().moneySavedEur()), sum(measures, m -> m.synergy().staffDaysSaved()),
                sum(measures, Published::co2SavingsTonnesPerYear), sum(measures, Published::co2SavedTonnes));
    }

    public AllianceProperties alliance() {
        return properties;
    }

    /** The synergy estimate's factor ({@code alliance.synergy.*}). */
    public SynergyProperties synergy() {
        return synergy;
    }

    private static BigDecimal sum(List<Published> measures, Function<Published, BigDecimal> value) {
        return measures.stream().map(value).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }
}
