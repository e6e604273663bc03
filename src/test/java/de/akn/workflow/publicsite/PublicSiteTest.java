package de.akn.workflow.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.MeasureLifecycle;
import de.akn.workflow.support.TestProposals;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public site without login: only adopted and completed measures, never personal data,
 * German pages, open data with the licence, ETags.
 */
class PublicSiteTest extends AknIntegrationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MeasureService measures;
    @Autowired
    TransactionTemplate tx;

    Measure adopted;
    Measure inReview;

    @BeforeEach
    void measures() {
        var lifecycle = new MeasureLifecycle(engine, measures, tx);
        var proposal = TestProposals.with(TestProposals.climateWeek(), "title",
                "Öffentliche Klimawoche " + System.nanoTime() % 100000);
        proposal.put("co2Method", "BISKO-konform");
        proposal.put("co2LifetimeYears", 10);
        proposal.put("eeaField", "6");
        adopted = lifecycle.published("km-kaarst", proposal);
        inReview = lifecycle.propose("km-meerbusch", TestProposals.with(TestProposals.solarRoofs(), "title",
                "Geheimer Entwurf " + System.nanoTime() % 100000));
    }

    @Test
    void shouldShowAdoptedMeasuresToEveryoneAndNothingInReview() {
        var start = rest.getForEntity("/", String.class);
        assertThat(start.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(start.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(start.getBody()).contains("<html lang=\"de\"").contains("Die Allianz in Zahlen")
                .contains(adopted.getTitle()).contains("vereinbart").doesNotContain(inReview.getTitle());
        noPersonalData(start.getBody());

        var page = rest.getForEntity("/massnahmen/{r}", String.class, adopted.getReference());
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains(adopted.getTitle()).contains("Stadt Dormagen").contains("Stadt Meerbusch")
                .contains("Kostenanteil").contains("Schätzung");
        // planned CO2 savings as CO2-equivalents, how they were determined and the eea area
        assertThat(visibleText(page.getBody())).contains("CO2-Einsparung (geplant)")
                .contains("15 t CO2-Äquivalente pro Jahr")
                .contains("Wirkungsdauer: 10 Jahre").contains("Ermittlung: BISKO-konform")
                .contains("6 – Kommunikation, Kooperation").doesNotContain("CO2-Einsparung (berichtet)");
        // one term for the towns that co-sign
        assertThat(visibleText(page.getBody())).contains("Mitzeichnende Kommunen und Anteile")
                .doesNotContain("Beteiligte Kommunen");
        assertThat(visibleText(start.getBody())).contains("CO2-Einsparung, geplant")
                .contains("CO2-Einsparung, berichtet bisher").contains("was die mitzeichnenden Kommunen zusammen ausgegeben hätten")
                .doesNotContain("beteiligte Kommune");
        // the workflow status (vereinbart, abgeschlossen), not the implementation progress
        assertThat(start.getBody()).contains("<th scope=\"col\">Status</th>").doesNotContain(">Stand<");
        noPersonalData(page.getBody());

        var hidden = rest.getForEntity("/massnahmen/{r}", String.class, inReview.getReference());
        assertThat(hidden.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(hidden.getBody()).contains("<html lang=\"de\"").doesNotContain(inReview.getTitle());

        var town = rest.getForEntity("/kommunen/kaarst", String.class);
        assertThat(town.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(town.getBody()).contains("Stadt Kaarst").contains(adopted.getTitle()).contains("federführend")
                .contains("<th scope=\"col\">Status</th>").doesNotContain(">Stand<");
        noPersonalData(town.getBody());
        assertThat(rest.getForEntity("/kommunen/atlantis", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity("/kommunen/energieagentur", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldOfferOpenDataWithTheLicenceAndWithoutPersonalData() throws Exception {
        var json = rest.getForEntity("/api/public/measures", JsonNode.class);
        assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.getHeaders().getFirst(HttpHeaders.LINK)).contains("dl-de/by-2-0").contains("license");
        JsonNode body = json.getBody();
        assertThat(body.get("license").asText()).isEqualTo("Datenlizenz Deutschland – Namensnennung – Version 2.0");
        List<String> references = body.get("measures").findValuesAsText("reference");
        assertThat(references).contains(adopted.getReference()).doesNotContain(inReview.getReference());
        JsonNode published = body.get("measures").findParents("reference").stream()
                .filter(m -> m.get("reference").asText().equals(adopted.getReference())).findFirst().orElseThrow();
        assertThat(published.get("co2Method").asText()).isEqualTo("BISKO-konform");
        assertThat(published.get("co2LifetimeYears").asInt()).isEqualTo(10);
        assertThat(published.get("eeaFieldLabel").asText()).isEqualTo("6 – Kommunikation, Kooperation");
        assertThat(body.findValues("proposer")).isEmpty();
        assertThat(body.findValues("decidedBy")).isEmpty();
        assertThat(body.findValues("comment")).isEmpty();
        noPersonalData(body.toString());

        var csv = rest.getForEntity("/api/public/measures.csv", byte[].class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFAktenzeichen;Titel;Handlungsfeld;Status;").contains(adopted.getReference() + ";")
                .doesNotContain(inReview.getReference());
        noPersonalData(text);

        var atom = rest.getForEntity("/massnahmen.atom", byte[].class);
        assertThat(atom.getHeaders().getContentType().toString()).startsWith("application/atom+xml");
        var feed = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(atom.getBody()));
        var titles = feed.getElementsByTagName("title");
        var all = new StringBuilder();
        for (int i = 0; i < titles.getLength(); i++) {
            all.append(titles.item(i).getTextContent()).append('\n');
        }
        assertThat(all.toString()).contains(adopted.getTitle()).doesNotContain(inReview.getTitle());
    }

    @Test
    void shouldAnswerAnUnchangedPageWithNotModified() {
        for (String path : List.of("/", "/kommunen/kaarst", "/massnahmen/" + adopted.getReference(),
                "/api/public/measures", "/api/public/measures.csv", "/massnahmen.atom")) {
            var first = rest.getForEntity(path, String.class);
            String etag = first.getHeaders().getETag();
            assertThat(etag).as(path).isNotBlank();
            var headers = new HttpHeaders();
            headers.setIfNoneMatch(etag);
            var second = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
            assertThat(second.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_MODIFIED);
        }
    }

    @Test
    void shouldServeTheRenderedPageUntilThePublishedDataChange() {
        for (String path : List.of("/", "/api/public/measures")) {
            var first = rest.getForEntity(path, String.class);
            var again = rest.getForEntity(path, String.class);
            assertThat(again.getBody()).as(path).isEqualTo(first.getBody());
            assertThat(again.getHeaders().getETag()).as(path).isEqualTo(first.getHeaders().getETag());
            assertThat(again.getHeaders().getContentType()).as(path).isEqualTo(first.getHeaders().getContentType());
            assertThat(again.getHeaders().get(HttpHeaders.CACHE_CONTROL)).as(path).hasSize(1);
            assertThat(again.getHeaders().get("X-Content-Type-Options")).as(path).hasSize(1);
        }
        assertThat(rest.getForEntity("/api/public/measures", String.class).getHeaders().getFirst(HttpHeaders.LINK))
                .contains("dl-de/by-2-0");
        String before = rest.getForEntity("/", String.class).getHeaders().getETag();

        // When another measure is adopted, the next visitor sees it
        var next = new MeasureLifecycle(engine, measures, tx).published("km-kaarst", TestProposals.with(
                TestProposals.climateWeek(), "title", "Neu vereinbarte Maßnahme " + System.nanoTime() % 100000));
        var after = rest.getForEntity("/", String.class);
        assertThat(after.getBody()).contains(next.getTitle());
        assertThat(after.getHeaders().getETag()).isNotEqualTo(before);
        assertThat(rest.getForEntity("/api/public/measures", String.class).getBody()).contains(next.getReference());
    }

    /** No user ids, staff names, e-mail addresses or comments on a public page. */
    private static void noPersonalData(String text) {
        assertThat(text).doesNotContain("@example.org").doesNotContain("km-kaarst").doesNotContain("km-dormagen")
                .doesNotContain("Klimaschutzmanagement").doesNotContain("coordinator");
    }

    @Test
    void shouldOfferImprintPrivacyAndAccessibilityFromEveryPage() {
        for (String path : List.of("/", "/kommunen/kaarst", "/massnahmen/" + adopted.getReference(), "/impressum")) {
            assertThat(rest.getForObject(path, String.class)).as(path).contains("href=\"/impressum\"",
                    "href=\"/datenschutz\"", "href=\"/barrierefreiheit\"");
        }
        var imprint = rest.getForEntity("/impressum", String.class);
        assertThat(imprint.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(imprint.getBody()).contains("<h1>Impressum</h1>", "§ 5 des Digitale-Dienste-Gesetzes",
                "[Bitte ergänzen");
        assertThat(rest.getForObject("/datenschutz", String.class)).contains("<h1>Datenschutzerklärung</h1>",
                "Art. 13", "Landesbeauftragten für Datenschutz");
        var accessibility = rest.getForObject("/barrierefreiheit", String.class);
        assertThat(accessibility).contains("<h1>Erklärung zur Barrierefreiheit</h1>", "BITV NRW",
                "Feedback und Kontakt", "Durchsetzungsverfahren");
        noPersonalData(accessibility);
    }

    /** The text a reader sees: tags removed, white space collapsed. */
    static String visibleText(String html) {
        return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").replace(" ,", ",");
    }
}
