package de.akn.workflow.publicsite.web;

import de.akn.workflow.common.Texts;
import de.akn.workflow.measure.EeaField;
import de.akn.workflow.measure.SynergyEstimate;
import de.akn.workflow.publicsite.PublicSite;
import de.akn.workflow.publicsite.PublishedMeasures.Published;
import de.akn.workflow.publicsite.PublishedMeasures.Share;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** Open data: the published measures as JSON and CSV, without login, under a free licence. */
@RestController
@RequestMapping("/api/public")
@Tag(name = "Offene Daten", description = "Vereinbarte und abgeschlossene Maßnahmen, ohne Anmeldung")
class OpenDataController {

    private static final String LICENCE_LINK = "<" + PublicSite.LICENCE_URL + ">; rel=\"license\"";

    private final PublicSite site;

    OpenDataController(PublicSite site) {
        this.site = site;
    }

    record MeasureData(String reference, String title, String summary, String category, String categoryLabel,
            String status, List<Integer> sdgs, String leadMember, String leadMemberName, BigDecimal estimatedCostEur,
            BigDecimal estimatedStaffDays, BigDecimal co2SavingsTonnesPerYear, String costSplit, LocalDate plannedStart,
            LocalDate plannedEnd, Instant adoptedAt, Instant completedAt, Integer progressPercent,
            BigDecimal co2SavedTonnes, BigDecimal moneySavedEurEstimate, BigDecimal staffDaysSavedEstimate,
            List<ShareData> participations, String url, String implementation, BigDecimal actualCostEur,
            BigDecimal fundingReceivedEur, BigDecimal netActualCostEur, BigDecimal moneySavedEur,
            String synergyMethod, String co2Method, Integer co2LifetimeYears, Integer eeaField, String eeaFieldLabel) {
    }

    record ShareData(String member, String memberName, BigDecimal costShareEur, BigDecimal staffDaysShare) {
    }

    record OpenData(String publisher, String license, String licenseUrl, String attribution, List<MeasureData> measures) {
    }

    @GetMapping("/measures")
    @Operation(summary = "Vereinbarte und abgeschlossene Maßnahmen (JSON)",
            description = "Ohne Anmeldung. Lizenz: Datenlizenz Deutschland – Namensnennung – Version 2.0.")
    ResponseEntity<OpenData> json(WebRequest request) {
        String etag = etag("json");
        if (request.checkNotModified(etag)) {
            return null;
        }
        var names = site.names();
        var data = site.measures().stream().map(m -> data(m, names)).toList();
        var body = new OpenData(site.alliance().name(), PublicSite.LICENCE, PublicSite.LICENCE_URL,
                "Quelle: " + site.alliance().name(), data);
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noCache())
                .header(HttpHeaders.LINK, LICENCE_LINK).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @GetMapping("/measures.csv")
    @Operation(summary = "Vereinbarte und abgeschlossene Maßnahmen (CSV für Excel)",
            description = "Eine Zeile je Maßnahme und beteiligtem Mitglied; UTF-8 mit BOM, Semikolon, Dezimalkomma. "
                    + "Lizenz: Datenlizenz Deutschland – Namensnennung – Version 2.0.")
    ResponseEntity<byte[]> csv(WebRequest request) {
        String etag = etag("csv");
        if (request.checkNotModified(etag)) {
            return null;
        }
        var names = site.names();
        var out = new StringWriter();
        out.write('\uFEFF');
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
                .setHeader(Texts.text("site.csv.header").split(";")).get())) {
            for (Published m : site.measures()) {
                for (Share s : m.signers()) {
                    csv.printRecord(safe(m.reference()), safe(m.title()), m.category().label(),
                            PublicFormat.INSTANCE.status(m), PublicFormat.INSTANCE.sdgs(m),
                            safe(names.get(m.leadMember())), safe(names.get(s.member())), decimal(s.costShareEur()),
                            decimal(s.staffDaysShare()), decimal(m.estimatedCostEur()), decimal(m.estimatedStaffDays()),
                            decimal(m.co2SavingsTonnesPerYear()), PublicFormat.INSTANCE.date(m.plannedStart()),
                            PublicFormat.INSTANCE.date(m.plannedEnd()), PublicFormat.INSTANCE.date(m.adoptedAt()),
                            m.completedAt() == null ? "" : PublicFormat.INSTANCE.date(m.completedAt()),
                            m.progressPercent() == null ? "" : m.progressPercent(), url(m),
                            decimal(m.actualCostEur()), decimal(m.fundingReceivedEur()),
                            decimal(m.netActualCostEur()), decimal(m.synergy().moneySavedEur()),
                            m.synergy().method().label(), decimal(m.co2SavedTonnes()), safe(m.co2Method()),
                            m.co2LifetimeYears() == null ? "" : m.co2LifetimeYears(),
                            m.eeaField() == null ? "" : EeaField.label(m.eeaField()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noCache())
                .header(HttpHeaders.LINK, LICENCE_LINK)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"AKN-Massnahmen.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private MeasureData data(Published m, Map<String, String> names) {
        return new MeasureData(m.reference(), m.title(), m.summary(), m.category().name(), m.category().label(),
                m.status().name(), m.sdgs(), m.leadMember(), names.get(m.leadMember()), m.estimatedCostEur(),
                m.estimatedStaffDays(), m.co2SavingsTonnesPerYear(), m.costSplit().name(), m.plannedStart(),
                m.plannedEnd(), m.adoptedAt(), m.completedAt(), m.progressPercent(), m.co2SavedTonnes(),
                estimate(m).moneySavedEur(), estimate(m).staffDaysSaved(),
                m.signers().stream().map(s -> new ShareData(s.member(), names.get(s.member()), s.costShareEur(),
                        s.staffDaysShare())).toList(), url(m), m.implementation().name(), m.actualCostEur(),
                m.fundingReceivedEur(), m.netActualCostEur(), m.synergy().moneySavedEur(), m.synergy().method().name(),
                m.co2Method(), m.co2LifetimeYears(), m.eeaField(), EeaField.label(m.eeaField()));
    }

    /** The estimate (also for settled measures, whose synergy is measured). */
    private SynergyEstimate estimate(Published m) {
        return SynergyEstimate.of(m.estimatedCostEur(), m.estimatedStaffDays(), m.signers().size(),
                site.synergy().standaloneFactor());
    }

    private String url(Published m) {
        return site.alliance().baseUrl() + "/massnahmen/" + m.reference();
    }

    private String etag(String kind) {
        return "\"open-" + kind + "-" + Integer.toHexString(site.version().hashCode()) + "\"";
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "" : value.toPlainString().replace('.', ',');
    }

    /** A cell Excel would read as a formula starts with an apostrophe. */
    private static String safe(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
