package de.akn.workflow.publicsite.web;

import de.akn.workflow.common.AllianceProperties;
import de.akn.workflow.measure.CostSplit;
import de.akn.workflow.measure.Implementation;
import de.akn.workflow.measure.MeasureCategory;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.SynergyEstimate;
import de.akn.workflow.measure.SynergyProperties;
import de.akn.workflow.publicsite.PublishedMeasures.Published;
import de.akn.workflow.publicsite.PublishedMeasures.Share;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** What the public site's slices show: the alliance and one adopted measure of two towns. */
final class PublicSiteFixtures {

    static final Map<String, String> NAMES = Map.of("kaarst", "Stadt Kaarst", "dormagen", "Stadt Dormagen");

    private PublicSiteFixtures() {
    }

    /** {@code alliance.*} bound as Spring Boot does (defaults included), without validation. */
    static AllianceProperties alliance() {
        return new Binder(new MapConfigurationPropertySource(Map.of(
                "alliance.name", "Allianz für Klima und Nachhaltigkeit im Rhein-Kreis Neuss",
                "alliance.short-name", "AKN im RKN", "alliance.base-url", "https://akn.example.org")))
                .bindOrCreate("alliance", AllianceProperties.class);
    }

    /** {@code alliance.synergy.*} with its defaults. */
    static SynergyProperties synergy() {
        return new Binder(new MapConfigurationPropertySource(Map.of())).bindOrCreate("alliance.synergy",
                SynergyProperties.class);
    }

    static Published climateWeek(String title) {
        return new Published("AKN-2027-001", title, "Eine Woche mit Aktionen.", MeasureCategory.AWARENESS,
                MeasureStatus.ADOPTED, "kaarst", new BigDecimal("12000.50"), new BigDecimal("20"),
                new BigDecimal("3.5"), CostSplit.POPULATION, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 9, 30),
                Instant.parse("2027-02-15T10:00:00Z"), null, List.of(11, 13),
                List.of(new Share("kaarst", new BigDecimal("6000.25"), new BigDecimal("10")),
                        new Share("dormagen", new BigDecimal("6000.25"), new BigDecimal("10"))),
                null, null, new SynergyEstimate(new BigDecimal("3000.00"), new BigDecimal("5.0"), 2),
                Implementation.JOINT, null, null, null, null, null, null);
    }
}
