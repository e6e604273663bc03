package de.akn.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.TestMail;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.text.ParseException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The annual report over a seeded year with known numbers: the PDF read back (PDFBox), the CSV
 * parsed and summed, an empty year, the process with its mails, and who may download.
 */
class AnnualReportTest extends AknIntegrationTest {

    @Autowired
    AnnualReportService reports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    HistoryService history;

    /**
     * 2023: a completed energy measure (Kaarst with Dormagen and Meerbusch, 30,000 EUR), an adopted
     * awareness measure (Dormagen with Jüchen, 12,000 EUR), a measure rejected in 2023 whose title
     * is hostile; and a measure rejected in 2022 that must not count.
     */
    @BeforeEach
    void seed() {
        if (jdbc.queryForObject("select count(*) from akn_measure where reference like 'AKN-2023-%'", Integer.class) > 0) {
            return;
        }
        var seed = new ReportSeed(jdbc);
        long solar = seed.measure("AKN-2023-001", "Solardächer auf Schulen", "ENERGY", "COMPLETED", "kaarst", 30000,
                30, 50, LocalDate.of(2023, 2, 1), LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 1), List.of(7, 13));
        seed.lead(solar, "kaarst", "COSIGNED", 10000, 10);
        seed.participation(solar, "dormagen", "COSIGNED", 10000, 10);
        seed.participation(solar, "meerbusch", "COSIGNED", 10000, 10);
        seed.report(solar, 1, LocalDate.of(2023, 5, 2), 50, 12000, 10, "Erste Dächer belegt.", false);
        seed.report(solar, 2, LocalDate.of(2023, 9, 20), 100, 29000, 45, "Alle Solardächer in Betrieb, 45 t CO₂ weniger, Grüße nach Łódź.", true);
        long week = seed.measure("AKN-2023-002", "=HYPERLINK(\"http://x\") Klimawoche", "AWARENESS", "ADOPTED",
                "dormagen", 12000, 20, 15, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 6, 1), null, List.of(4, 13));
        seed.lead(week, "dormagen", "COSIGNED", 6000, 10);
        seed.participation(week, "juechen", "COSIGNED", 6000, 10);
        seed.report(week, 1, LocalDate.of(2023, 11, 15), 30, 3000, null, "Planung läuft.", false);
        long hostile = seed.measure("AKN-2023-003", "<script>alert('x')</script> & Radwege", "MOBILITY", "REJECTED",
                "grevenbroich", 5000, 5, null, LocalDate.of(2023, 4, 1), LocalDate.of(2023, 5, 1), null, List.of(11));
        seed.lead(hostile, "grevenbroich", "INVITED", null, null);
        seed.participation(hostile, "korschenbroich", "INVITED", null, null);
        long old = seed.measure("AKN-2022-001", "Alte Idee", "OTHER", "REJECTED", "kaarst", 1000, 1, null,
                LocalDate.of(2022, 3, 1), LocalDate.of(2022, 4, 1), null, List.of(17));
        seed.lead(old, "kaarst", "INVITED", null, null);
    }

    @Test
    void shouldReportTheSeededYearWithItsTotalsInPdfAndCsv() throws Exception {
        AnnualReport report = reports.generate(2023, "coordinator");

        assertThat(report.getMeasureCount()).isEqualTo(3);
        String text = pdfText(report.getPdf());
        assertThat(text).contains("Jahresbericht 2023", "Allianz für Klima und Nachhaltigkeit im Rhein-Kreis Neuss",
                "Rhein-Kreis Neuss", "Stadt Kaarst", "Stadt Jüchen", "Gemeinde Rommerskirchen", "EnergieAgentur.NRW");
        // 42,000 EUR planned; 29,000 + 3,000 spent in 2023; synergy 3×30,000×0.7−30,000 + 2×12,000×0.7−12,000
        assertThat(text).contains("42.000,00 €", "32.000,00 €", "37.800,00 €", "Schätzung");
        // 33 + 8 staff days saved, 65 t CO2 planned per year, 45 t reported
        assertThat(text).contains("Personentage eingespart (Schätzung)").contains("41").contains("65 t", "45 t");
        assertThat(text).contains("AKN-2023-001 – Solardächer auf Schulen", "Alle Solardächer in Betrieb, 45 t CO")
                .contains(" weniger, Gr").contains("nach ");
        if (Files.isRegularFile(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))) {
            // with the embedded DejaVu font every character survives, not only Latin-1 (.ci/run installs it)
            assertThat(text).contains("Alle Solardächer in Betrieb, 45 t CO₂ weniger, Grüße nach Łódź.");
        }
        assertThat(text)
                .contains("mitzeichnende Kommunen: Stadt Kaarst, Stadt Dormagen, Stadt Meerbusch")
                .doesNotContain("getragen von", "tragenden Mitgliedern")
                .contains("mit n mitzeichnenden Kommunen");
        assertThat(text).doesNotContain("Alte Idee");
        // hostile text stays text
        assertThat(report.getPdf().length).isGreaterThan(20_000);
        // tagged for screen readers: headings, tables with header cells, the charts with their text
        assertThat(de.akn.workflow.support.TaggedPdf.assertAccessible(report.getPdf(), "Jahresbericht 2023"))
                .contains("H1", "H2", "Table", "TH", "Figure");
        writePages(report.getPdf(), "annual-report-2023");

        byte[] csv = report.getCsv();
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = csvRows(csv);
        assertThat(rows).hasSize(7);
        assertThat(rows.get(0).get("Aktenzeichen")).isEqualTo("AKN-2023-001");
        assertThat(rows.get(0).get("Mitglied")).isEqualTo("Stadt Kaarst");
        assertThat(rows.get(0).get("Kostenanteil (EUR)")).isEqualTo("10000,00");
        assertThat(sum(rows, "Kostenanteil (EUR)")).isEqualByComparingTo("42000");
        assertThat(sum(rows, "Personentage-Anteil")).isEqualByComparingTo("50");
        assertThat(rows.stream().filter(r -> r.get("Aktenzeichen").equals("AKN-2023-002")).findFirst().orElseThrow()
                .get("Titel")).startsWith("'=HYPERLINK");
        assertThat(rows.stream().filter(r -> r.get("Aktenzeichen").equals("AKN-2023-003")).findFirst().orElseThrow()
                .get("Titel")).isEqualTo("<script>alert('x')</script> & Radwege");
        CSVRecord solar = rows.stream().filter(r -> r.get("Aktenzeichen").equals("AKN-2023-001")).findFirst()
                .orElseThrow();
        assertThat(solar.get("Einsparung durch Zusammenarbeit (EUR)")).isEqualTo("33000,00");
        assertThat(solar.get("Einsparung ermittelt als")).isEqualTo("Schätzung");
        // not settled: no actual cost yet
        assertThat(solar.get("Tatsächliche Kosten (EUR)")).isEmpty();
    }

    @Test
    void shouldEscapeHostileTextInThePdf() {
        var model = new java.util.HashMap<String, Object>(java.util.Map.of("year", 2023, "allianceName", "A & B",
                "allianceShortName", "AKN", "generatedOn", "01.01.2024", "members", List.of(), "partners", "",
                "empty", true, "byStatus", List.of(), "byCategory", List.of(), "byMember", List.of()));
        var measure = new java.util.HashMap<String, Object>(java.util.Map.of("reference", "R", "title",
                "<script>alert(1)</script>", "category", "c", "lead", "l", "signers", "s", "cost", "1", "spent", "1",
                "actual", "", "co2", "1", "method", "Schätzung"));
        measure.putAll(java.util.Map.of("saved", "1", "text", "<img src=x onerror=alert(1)>", "co2Method", ""));
        model.put("completed", List.of(measure));

        String html = new AnnualReportPdf(null).html(model);

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;",
                "A &amp; B").doesNotContain("<script>", "<img src=x");
    }

    @Test
    void shouldGiveAClearReportForAYearWithoutMeasures() throws Exception {
        AnnualReport report = reports.generate(2021, "coordinator");

        assertThat(report.getMeasureCount()).isZero();
        String text = pdfText(report.getPdf());
        assertThat(text).contains("Jahresbericht 2021", "keine gemeinsamen Maßnahmen bearbeitet",
                "Im Jahr 2021 wurde keine Maßnahme abgeschlossen.", "0,00 €");
        assertThat(csvRows(report.getCsv())).isEmpty();
        assertThat(new String(report.getCsv(), StandardCharsets.UTF_8)).contains("Aktenzeichen;Titel;Handlungsfeld");
    }

    @Test
    void shouldBuildTheReportInItsProcessMailTheLinkAndServeItOnlyToTheAlliance() {
        // the coordinator asks for 2023's report
        var started = rest.withBasicAuth("coordinator", "demo").postForEntity("/api/reports/annual/2023", null,
                JsonNode.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String instance = started.getBody().get("processInstanceId").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> history.createHistoricProcessInstanceQuery()
                .processInstanceId(instance).finished().count() == 1);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance)
                .activityId("End_ReportPublished").count()).isEqualTo(1);

        // coordinator, every town and the partner get the link
        for (String user : List.of("coordinator", "km-juechen", "km-rommerskirchen", "ea-nrw")) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(TestMail.receivedBy(
                    user + "@example.org").stream().map(TestMail::text)).anyMatch(t -> t.contains(
                    "/api/reports/annual/2023.pdf") && t.contains("Jahresbericht 2023")));
        }

        // members, the partner and the coordinator may download; anonymous may not
        var pdf = rest.withBasicAuth("ea-nrw", "demo").getForEntity("/api/reports/annual/2023.pdf", byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(new String(pdf.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        var csv = rest.withBasicAuth("km-kaarst", "demo").getForEntity("/api/reports/annual/2023.csv", byte[].class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("AKN-Jahresbericht-2023.csv");
        assertThat(rest.withBasicAuth("coordinator", "demo").getForEntity("/api/reports/annual/2023.pdf",
                byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.getForEntity("/api/reports/annual/2023.pdf", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        // only the coordinator starts it; a future year or no report yet gets a German answer
        assertThat(rest.withBasicAuth("km-meerbusch", "demo").postForEntity("/api/reports/annual/2023", null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        var future = rest.withBasicAuth("coordinator", "demo").postForEntity("/api/reports/annual/2099", null,
                JsonNode.class);
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(future.getBody().toString()).contains("Bitte geben Sie ein Berichtsjahr von 2020 bis")
                .doesNotContain("angeben");
        var missing = rest.withBasicAuth("km-dormagen", "demo").getForEntity("/api/reports/annual/2020.pdf",
                JsonNode.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody().get("detail").asText()).contains("Für 2020 liegt noch kein Jahresbericht vor");
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            // one line: labels that wrap in their boxes are still found
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The first pages as PNG under target/screenshots, to look at. */
    static void writePages(byte[] pdf, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        try (var document = Loader.loadPDF(pdf)) {
            var renderer = new PDFRenderer(document);
            for (int page = 0; page < Math.min(6, document.getNumberOfPages()); page++) {
                ImageIO.write(renderer.renderImageWithDPI(page, 80), "png",
                        dir.resolve(name + "-page" + (page + 1) + ".png").toFile());
            }
        }
    }

    static List<CSVRecord> csvRows(byte[] csv) throws IOException {
        String content = new String(csv, StandardCharsets.UTF_8).substring(1);
        return CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(content)).getRecords();
    }

    static BigDecimal sum(List<CSVRecord> rows, String column) throws ParseException {
        var format = NumberFormat.getNumberInstance(Locale.GERMANY);
        BigDecimal total = BigDecimal.ZERO;
        for (CSVRecord row : rows) {
            if (!row.get(column).isEmpty()) {
                total = total.add(new BigDecimal(format.parse(row.get(column)).toString()));
            }
        }
        return total;
    }
}
