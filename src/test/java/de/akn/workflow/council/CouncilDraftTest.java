package de.akn.workflow.council;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.review.ReviewProcess;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.MeasureLifecycle;
import de.akn.workflow.support.TestMail;
import de.akn.workflow.support.TestProposals;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** The Beschlussvorlage per member and measure: DOCX and PDF, their sections, who may fetch them. */
class CouncilDraftTest extends AknIntegrationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MeasureService measures;
    @Autowired
    TransactionTemplate tx;

    Measure measure;

    @BeforeEach
    void approvedMeasure() {
        var lifecycle = new MeasureLifecycle(engine, measures, tx);
        measure = lifecycle.propose("km-kaarst", TestProposals.with(TestProposals.climateWeek(), "invitedMembers",
                List.of("dormagen", "rkn")));
        lifecycle.complete("coordinator", lifecycle.task(measure, ReviewProcess.TASK_FORMAL_REVIEW),
                Map.of("reviewDecision", "APPROVE"));
    }

    @Test
    void shouldDraftTheResolutionForTheTownsCouncilAsDocxAndPdf() throws Exception {
        var docx = rest.withBasicAuth("km-dormagen", "demo").getForEntity(url("dormagen", "docx"), byte[].class);
        assertThat(docx.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docx.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .contains("Beschlussvorlage-" + measure.getReference() + "-dormagen.docx");
        String text;
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx.getBody()));
                var extractor = new XWPFWordExtractor(document)) {
            text = extractor.getText();
        }
        // the sections of a German Vorlage, with articles and German amounts
        // (Kreis a third of 12,000 EUR; Kaarst and Dormagen the rest by population: Dormagen 4,792.63 EUR)
        String share = GermanFormat.money(new BigDecimal("4792.63"));
        assertThat(text).contains("Beschlussvorlage (Entwurf)", "Beratungsfolge: Rat der Stadt Dormagen", "Betreff",
                "Gemeinsame Maßnahme „Gemeinsame Klimawoche 2027“ der Allianz für Klima und Nachhaltigkeit im "
                        + "Rhein-Kreis Neuss – Mitzeichnung durch die Stadt Dormagen",
                "Beschlussvorschlag", "Der Rat der Stadt Dormagen stimmt der Mitzeichnung der gemeinsamen Maßnahme "
                        + "„Gemeinsame Klimawoche 2027“ der Allianz für Klima und Nachhaltigkeit im Rhein-Kreis Neuss "
                        + "(Aktenzeichen der Allianz " + measure.getReference() + ") durch die Stadt Dormagen zu.",
                "Die Stadt Dormagen übernimmt einen Kostenanteil von höchstens " + share + " (Kostenobergrenze)",
                funds2027(),
                "Sachverhalt und Begründung", "Die Stadt Kaarst hat die Maßnahme am",
                "Zur Mitzeichnung eingeladen ist außerdem der Rhein-Kreis Neuss.",
                "Finanzielle Auswirkungen", "Voraussichtlicher Anteil der Stadt Dormagen (wenn alle Eingeladenen "
                        + "mitzeichnen)", share, "nach Einwohnerzahl: Der Rhein-Kreis Neuss trägt einen Kopfanteil",
                "Deckung (Produkt, Sachkonto)",
                "Klimarelevanz und Nachhaltigkeitsziele", "SDG 13 – Maßnahmen zum Klimaschutz",
                "Zusammenarbeit in der Allianz", "arbeiten der Rhein-Kreis Neuss, die Stadt Dormagen",
                "Übereinkommens von Paris", "Die Maßnahme wird von der Stadt Kaarst federführend umgesetzt",
                "einzelnen Vorhaben")
                .doesNotContain("dormagen,").doesNotContain("km-").doesNotContain("12000.")
                // issue #28: the financing as councils write it; no Anlagen the application does not produce
                .doesNotContain("Die Verwaltung wird beauftragt", "bereitzustellen", "Anlagen", "Anlage 1",
                        "Beschreibung der Maßnahme");

        var pdf = rest.withBasicAuth("km-dormagen", "demo").getForEntity(url("dormagen", "pdf"), byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        assertThat(de.akn.workflow.support.TaggedPdf.assertAccessible(pdf.getBody(), "Beschlussvorlage"))
                .contains("H1", "H2", "Table");
        try (var document = Loader.loadPDF(pdf.getBody())) {
            String pdfText = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(pdfText).contains("Beschlussvorlage (Entwurf)", "Beratungsfolge: Rat der Stadt Dormagen",
                    "Der Rat der Stadt Dormagen stimmt der Mitzeichnung", "Finanzielle Auswirkungen", funds2027())
                    .doesNotContain("Anlagen", "Anlage 1", "bereitzustellen");
        }

        // the Kreis' draft is for the Kreistag
        var kreis = rest.withBasicAuth("coordinator", "demo").getForEntity(url("rkn", "docx"), byte[].class);
        try (var document = new XWPFDocument(new ByteArrayInputStream(kreis.getBody()));
                var extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("Beratungsfolge: Kreistag des Rhein-Kreises Neuss",
                    "Der Kreistag des Rhein-Kreises Neuss stimmt der Mitzeichnung",
                    "durch den Rhein-Kreis Neuss zu.", "Der Rhein-Kreis Neuss übernimmt einen Kostenanteil",
                    "Voraussichtlicher Anteil des Rhein-Kreises Neuss", "Mitzeichnung durch den Rhein-Kreis Neuss")
                    // the Kreistag decides: no "Rat" in its paper
                    .doesNotContain("Der Rat ", "Rat der", "Rates");
        }
    }

    @Test
    void shouldSayThePartnersRecommendationAsASentenceOfTheFacts() throws Exception {
        // Given an energy measure the EnergieAgentur.NRW recommends with changes
        var lifecycle = new MeasureLifecycle(engine, measures, tx);
        Measure solar = lifecycle.propose("km-kaarst", TestProposals.solarRoofs());
        lifecycle.complete("ea-nrw", lifecycle.task(solar, ReviewProcess.TASK_EXPERT_REVIEW), Map.of("expertOpinion",
                "Fachlich sinnvoll; die Dachstatik vorher prüfen.", "expertRecommendation", "SUPPORT_WITH_CHANGES"));
        lifecycle.complete("coordinator", lifecycle.task(solar, ReviewProcess.TASK_FORMAL_REVIEW),
                Map.of("reviewDecision", "APPROVE"));

        // When Dormagen fetches its Beschlussvorlage
        var docx = rest.withBasicAuth("km-dormagen", "demo").getForEntity("/api/measures/" + solar.getReference()
                + "/council-draft/dormagen.docx", byte[].class);

        // Then the recommendation reads as a sentence of the paper, the partner's words as a quotation
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx.getBody()));
                var extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("Die EnergieAgentur.NRW hat als strategischer Partner der "
                    + "Allianz zu der Maßnahme fachlich Stellung genommen und empfiehlt, sie mit Änderungen "
                    + "umzusetzen.",
                    "In der Stellungnahme heißt es: „Fachlich sinnvoll; die Dachstatik vorher prüfen.“")
                    .doesNotContain("Empfehlung:", "mit Änderungen unterstützen", "hat fachlich Stellung genommen. ",
                            "Stellungnahme des strategischen Partners");
        }
    }

    /** The financing sentence for the Haushaltsjahr 2027: planned still, or (from 2027 on) in the budget. */
    private static String funds2027() {
        return java.time.LocalDate.now(GermanFormat.ZONE).getYear() < 2027
                ? "Die erforderlichen Mittel werden für das Haushaltsjahr 2027 vorbehaltlich der Haushaltsberatungen im Produkt ____, Sachkonto ____ veranschlagt."
                : "Die erforderlichen Mittel stehen für das Haushaltsjahr 2027 im Produkt ____, Sachkonto ____ zur Verfügung.";
    }

    @Test
    void shouldGiveTheDraftOnlyToTheTownItselfTheCoordinatorAndTheAdmin() {
        var otherTown = rest.withBasicAuth("km-meerbusch", "demo").getForEntity(url("dormagen", "docx"), JsonNode.class);
        assertThat(otherTown.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(otherTown.getBody().get("detail").asText()).contains("der Stadt Dormagen");
        assertThat(rest.withBasicAuth("coordinator", "demo").getForEntity(url("dormagen", "pdf"), byte[].class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("admin", "demo").getForEntity(url("dormagen", "docx"), byte[].class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.getForEntity(url("dormagen", "docx"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        var unknown = rest.withBasicAuth("coordinator", "demo").getForEntity(url("atlantis", "docx"), JsonNode.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        var notInvolved = rest.withBasicAuth("coordinator", "demo").getForEntity(url("juechen", "docx"),
                JsonNode.class);
        assertThat(notInvolved.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(notInvolved.getBody().get("detail").asText()).isEqualTo("Die Stadt Jüchen ist an dieser Maßnahme "
                + "nicht beteiligt.");
        assertThat(rest.withBasicAuth("coordinator", "demo").getForEntity("/api/measures/AKN-1999-999/council-draft/"
                + "dormagen.docx", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldLinkTheDraftInTheRequestToCosign() {
        TestMail.awaitSubject("km-dormagen@example.org", measure.getReference(), "Bitte um Mitzeichnung");
        assertThat(TestMail.textOf("km-dormagen@example.org", measure.getReference(), "Bitte um Mitzeichnung"))
                .contains("Entwurf der Beschlussvorlage für den Rat der Stadt Dormagen")
                .contains("/api/measures/" + measure.getReference() + "/council-draft/dormagen.docx");
    }

    private String url(String member, String type) {
        return "/api/measures/" + measure.getReference() + "/council-draft/" + member + "." + type;
    }
}
