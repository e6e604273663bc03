package de.akn.workflow.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.implementation.ImplementationProcess;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.MeasureLifecycle;
import de.akn.workflow.support.TestMail;
import de.akn.workflow.support.TestProposals;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * {@code measure-production}: a joint brochure from adoption to the signers' sign-off — contributions with
 * files, a draft, a change request, a second draft, approval, then implementation; and bad input.
 */
class ProductionTest extends AknIntegrationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MeasureService measures;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    MeasureLifecycle lifecycle;

    @BeforeEach
    void init() {
        lifecycle = new MeasureLifecycle(engine, measures, tx);
    }

    @Test
    void shouldProduceABrochureWithContributionsADraftAChangeRequestAndTheSignOffOfAll() throws Exception {
        // Given a brochure proposed by Kaarst with Dormagen and Meerbusch, approved and co-signed
        Measure measure = lifecycle.adopted("km-kaarst", brochure(List.of("dormagen", "meerbusch")));
        String ref = measure.getReference();

        // Then production starts, not implementation: each signer is asked for its contribution
        for (String town : List.of("kaarst", "dormagen", "meerbusch")) {
            assertThat(task(measure, ProductionProcess.TASK_CONTRIBUTION, town)).isNotNull();
            TestMail.awaitSubject("km-" + town + "@example.org", ref, "Bitte um Ihren Beitrag bis zum");
        }
        assertThat(lifecycle.openTask(measure, ImplementationProcess.TASK_PROGRESS_REPORT)).isNull();
        // (due after alliance.production.contribution-period, P14D: the daily sweep reminds it when overdue)
        assertThat(task(measure, ProductionProcess.TASK_CONTRIBUTION, "dormagen").getDueDate())
                .isAfter(java.util.Date.from(java.time.Instant.now().plus(Duration.ofDays(13))))
                .isBefore(java.util.Date.from(java.time.Instant.now().plus(Duration.ofDays(15))));
        assertThat(get("km-dormagen", ref).at("/contributions").findValuesAsText("member"))
                .containsExactlyInAnyOrder("kaarst", "dormagen", "meerbusch");
        assertThat(TestMail.textOf("km-dormagen@example.org", ref, "Bitte um Ihren Beitrag"))
                .contains("die Stadt Kaarst stellt jetzt die Publikation zusammen".replace("die Stadt", "Die Stadt"))
                .contains("den Beitrag der Stadt Dormagen").contains("im Reiter „Maßnahme“ dieser Aufgabe hoch")
                .doesNotContain("/api/measures/" + ref + "/files");

        // When Dormagen uploads a picture and Kaarst a PDF, and all three send their texts
        var picture = upload("km-dormagen", ref, png(), "logo-dormagen.png", null);
        assertThat(picture.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(picture.getBody().get("name").asText()).isEqualTo("logo-dormagen.png");
        assertThat(picture.getBody().get("size").asLong()).isEqualTo(png().length);
        long pictureId = picture.getBody().get("id").asLong();
        assertThat(upload("km-kaarst", ref, pdf(), "seite-kaarst.pdf", null).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        for (String town : List.of("dormagen", "kaarst", "meerbusch")) {
            lifecycle.complete("km-" + town, task(measure, ProductionProcess.TASK_CONTRIBUTION, town),
                    Map.of("contributionText", "Seite " + town + ": Klimaschutz vor Ort. Kontakt: km-" + town));
        }

        // Then the draft is due at Kaarst
        Task draftTask = task(measure, ProductionProcess.TASK_UPLOAD_DRAFT, "kaarst");
        TestMail.awaitSubject("km-kaarst@example.org", ref, "Alle Beiträge liegen vor");
        assertThat(TestMail.textOf("km-kaarst@example.org", ref, "Alle Beiträge liegen vor"))
                .contains("Stadt Dormagen (1 Datei): Seite dormagen: Klimaschutz vor Ort.")
                .contains("Stadt Meerbusch (keine Datei)")
                .contains("Datei „logo-dormagen.png“ (Stadt Dormagen): ")
                .contains("/api/measures/" + ref + "/files/" + pictureId);

        // When Kaarst uploads the draft and submits it
        var draft = upload("km-kaarst", ref, pdf(), "broschuere-entwurf-1.pdf", "DRAFT");
        assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        lifecycle.complete("km-kaarst", draftTask, Map.of("draftNote", "Erste Fassung, Seiten in Reihenfolge"));

        // Then every signer is asked to sign it off, with a link to the draft
        for (String town : List.of("kaarst", "dormagen", "meerbusch")) {
            TestMail.awaitSubject("km-" + town + "@example.org", ref, "Bitte um Freigabe des Entwurfs");
        }
        assertThat(TestMail.textOf("km-meerbusch@example.org", ref, "Bitte um Freigabe"))
                .contains("/api/measures/" + ref + "/files/" + draft.getBody().get("id").asLong())
                .contains("Erste Fassung, Seiten in Reihenfolge");

        // When Dormagen asks for changes and the others approve
        approve(measure, "dormagen", "CHANGES", "Bitte unser Logo größer abbilden.");
        approve(measure, "kaarst", "APPROVE", null);
        approve(measure, "meerbusch", "APPROVE", null);

        // Then the draft task is back at Kaarst, with a mail naming the comment
        Task secondDraftTask = task(measure, ProductionProcess.TASK_UPLOAD_DRAFT, "kaarst");
        TestMail.awaitSubject("km-kaarst@example.org", ref, "Änderungen am Entwurf erbeten");
        assertThat(TestMail.textOf("km-kaarst@example.org", ref, "Änderungen am Entwurf erbeten"))
                .contains("Stadt Dormagen: „Bitte unser Logo größer abbilden.“");
        JsonNode during = get("km-dormagen", ref);
        assertThat(during.at("/draftApprovals").findValuesAsText("status"))
                .containsExactlyInAnyOrder("APPROVED", "APPROVED", "CHANGES_REQUESTED");

        // When Kaarst uploads the second draft and all approve it
        upload("km-kaarst", ref, pdf(), "broschuere-entwurf-2.pdf", "DRAFT");
        lifecycle.complete("km-kaarst", secondDraftTask, Map.of("draftNote", "Logo Dormagen vergrößert"));
        for (String town : List.of("kaarst", "dormagen", "meerbusch")) {
            approve(measure, town, "APPROVE", null);
        }

        // Then implementation starts, everyone involved is told
        lifecycle.task(measure, ImplementationProcess.TASK_PROGRESS_REPORT);
        for (String address : List.of("km-dormagen@example.org", "km-meerbusch@example.org",
                "coordinator@example.org")) {
            TestMail.awaitSubject(address, ref, "Entwurf freigegeben");
        }
        assertThat(lifecycle.reload(measure).getStatus()).isEqualTo(MeasureStatus.ADOPTED);

        // and the measure shows the contributions with their files and the sign-offs of the second draft
        JsonNode dossier = get("km-meerbusch", ref);
        assertThat(dossier.at("/contributions").findValuesAsText("member"))
                .containsExactlyInAnyOrder("kaarst", "dormagen", "meerbusch");
        JsonNode dormagen = contribution(dossier, "dormagen");
        assertThat(dormagen.get("text").asText()).startsWith("Seite dormagen");
        assertThat(dormagen.at("/files/0/name").asText()).isEqualTo("logo-dormagen.png");
        assertThat(contribution(dossier, "meerbusch").get("files")).isEmpty();
        assertThat(dossier.at("/draftApprovals").findValuesAsText("status")).containsOnly("APPROVED").hasSize(3);
        assertThat(dossier.at("/draft/name").asText()).isEqualTo("broschuere-entwurf-2.pdf");
        assertThat(dossier.at("/draft/round").asInt()).isEqualTo(2);
        JsonNode history = rest.withBasicAuth("coordinator", "demo").getForObject("/api/measures/" + ref + "/events",
                JsonNode.class);
        var events = history.findValuesAsText("type");
        assertThat(events).contains("FILE_UPLOADED", "CONTRIBUTION_SUBMITTED", "DRAFT_UPLOADED",
                "DRAFT_CHANGES_REQUESTED", "DRAFT_APPROVED");
        // each line names the town with its article, as a town hall writes it
        var details = history.findValuesAsText("detail");
        assertThat(details).contains("Beitrag der Stadt Dormagen eingereicht (1 Datei)",
                "Änderungen am Entwurf (Fassung 1) erbeten von der Stadt Dormagen: Bitte unser Logo größer abbilden.",
                "Entwurf (Fassung 2) freigegeben von der Stadt Meerbusch");
        assertThat(details).anySatisfy(d -> assertThat(d).startsWith("Datei zum Beitrag „logo-dormagen.png“ (")
                .endsWith(") für die Stadt Dormagen hochgeladen"));
        assertThat(String.join("\n", details)).doesNotContain("von Stadt ", "für Stadt ", "von dem ");

        // and a signer town reads Dormagen's file with its type and name
        var file = rest.withBasicAuth("km-meerbusch", "demo").getForEntity("/api/measures/" + ref + "/files/"
                + pictureId, byte[].class);
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(file.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo("logo-dormagen.png");
        assertThat(file.getBody()).isEqualTo(png());
    }

    @Test
    void shouldRefuseBadFilesOtherTownsAndIncompleteInputWithGermanMessages() throws Exception {
        // Given an event of Kaarst with Dormagen, adopted
        Measure measure = lifecycle.adopted("km-kaarst", TestProposals.with(brochure(List.of("dormagen")),
                "category", "EVENT"));
        String ref = measure.getReference();
        task(measure, ProductionProcess.TASK_CONTRIBUTION, "dormagen");

        // When Dormagen uploads a text file named .png, an empty file and one too large
        var renamed = upload("km-dormagen", ref, "kein Bild".getBytes(StandardCharsets.UTF_8), "foto.png", null);
        var empty = upload("km-dormagen", ref, new byte[0], "leer.pdf", null);
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf(), 0, large, 0, 8);
        var tooLarge = upload("km-dormagen", ref, large, "gross.pdf", null);

        // Then each gets a German 400, nothing is stored
        assertGerman400(renamed, "kein PDF, kein Bild");
        assertGerman400(empty, "leer");
        assertGerman400(tooLarge, "zu groß");
        assertThat(files(measure)).isZero();

        // When a town outside the measure uploads, or anyone uploads to a measure not in production
        assertThat(upload("km-grevenbroich", ref, png(), "x.png", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Measure proposed = lifecycle.propose("km-kaarst", brochure(List.of("dormagen")));
        var conflict = upload("km-kaarst", proposed.getReference(), png(), "x.png", null);
        assertThat(conflict.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(conflict.getBody().get("detail").asText()).contains("Veranstaltungen und Publikationen");
        // (other categories have no production fields)
        Measure campaign = lifecycle.propose("km-kaarst", TestProposals.climateWeek());
        assertThat(get("km-kaarst", campaign.getReference()).has("contributions")).isFalse();
        assertThat(upload("km-kaarst", campaign.getReference(), png(), "x.png", null).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(upload("km-kaarst", "AKN-1999-999", png(), "x.png", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        // (only the lead town uploads the draft)
        assertThat(upload("km-dormagen", ref, pdf(), "entwurf.pdf", "DRAFT").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(files(measure)).isZero();

        // When Dormagen stores a file, another town may not read it, the coordinator may
        long id = upload("km-dormagen", ref, png(), "plan.png", null).getBody().get("id").asLong();
        String url = "/api/measures/" + ref + "/files/" + id;
        assertThat(rest.withBasicAuth("km-grevenbroich", "demo").getForEntity(url, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("coordinator", "demo").getForEntity(url, byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        // When Dormagen completes its contribution without a text: a German form error, the task stays open
        Task contribution = task(measure, ProductionProcess.TASK_CONTRIBUTION, "dormagen");
        assertThatThrownBy(() -> lifecycle.complete("km-dormagen", contribution, Map.of("contributionText", " ")))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("Bitte tragen Sie Ihren Beitrag ein");
        assertThat(task(measure, ProductionProcess.TASK_CONTRIBUTION, "dormagen")).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from akn_contribution where measure_id = ?", Long.class,
                measure.getId())).isZero();

        // When both contribute and Kaarst submits the draft without uploading one: a German form error
        lifecycle.complete("km-dormagen", contribution, Map.of("contributionText", "Infostand Dormagen"));
        lifecycle.complete("km-kaarst", task(measure, ProductionProcess.TASK_CONTRIBUTION, "kaarst"),
                Map.of("contributionText", "Eröffnung durch den Bürgermeister"));
        Task draftTask = task(measure, ProductionProcess.TASK_UPLOAD_DRAFT, "kaarst");
        // (it says where a climate manager uploads, not an address of the API)
        assertThatThrownBy(() -> lifecycle.complete("km-kaarst", draftTask, Map.of()))
                .isInstanceOf(ValidationProblem.class)
                .hasMessageContaining("Bitte laden Sie den Entwurf zuerst im Reiter „Maßnahme“ dieser Aufgabe hoch")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Adresse im Formular"));

        // When the draft is there and Dormagen asks for changes without saying which: a German form error
        upload("km-kaarst", ref, pdf(), "programm.pdf", "DRAFT");
        lifecycle.complete("km-kaarst", draftTask, Map.of());
        Task approval = task(measure, ProductionProcess.TASK_APPROVE_DRAFT, "dormagen");
        assertThatThrownBy(() -> lifecycle.complete("km-dormagen", approval, Map.of("draftApproval", "CHANGES")))
                .isInstanceOf(ValidationProblem.class).hasMessageContaining("was am Entwurf geändert werden soll");
        assertThat(task(measure, ProductionProcess.TASK_APPROVE_DRAFT, "dormagen")).isNotNull();
        assertThat(get("km-dormagen", ref).at("/draftApprovals").findValuesAsText("status")).containsOnly("OPEN");
    }

    @Autowired
    ProductionMembership productionMembership;

    @Test
    void shouldNotWaitForATownThatLeavesTheAlliance() {
        // Given a brochure in production, Meerbusch's contribution still open
        Measure measure = lifecycle.adopted("km-kaarst", brochure(List.of("dormagen", "meerbusch")));
        task(measure, ProductionProcess.TASK_CONTRIBUTION, "meerbusch");

        // When Meerbusch leaves the alliance (the membership process calls this)
        int ended = tx.execute(s -> productionMembership.memberLeft("meerbusch",
                "Die Stadt Meerbusch ist am 01.12.2026 aus der Allianz ausgetreten."));

        // Then its contribution is ended with that note, the others' are still open
        assertThat(ended).isEqualTo(1);
        assertThat(openTask(measure, ProductionProcess.TASK_CONTRIBUTION, "meerbusch")).isNull();
        assertThat(openTask(measure, ProductionProcess.TASK_CONTRIBUTION, "dormagen")).isNotNull();
        assertThat(contribution(get("km-kaarst", measure.getReference()), "meerbusch").get("text").asText())
                .contains("aus der Allianz ausgetreten");
    }

    private static void assertGerman400(ResponseEntity<JsonNode> response, String fragment) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.getBody().get("detail").asText()).contains(fragment);
    }

    private ResponseEntity<JsonNode> upload(String user, String reference, byte[] content, String name, String kind) {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, "demo").postForEntity("/api/measures/" + reference + "/files"
                + (kind == null ? "" : "?kind=" + kind), new HttpEntity<>(body, headers), JsonNode.class);
    }

    private void approve(Measure measure, String town, String decision, String comment) {
        var variables = new java.util.HashMap<String, Object>(Map.of("draftApproval", decision));
        if (comment != null) {
            variables.put("draftComment", comment);
        }
        lifecycle.complete("km-" + town, task(measure, ProductionProcess.TASK_APPROVE_DRAFT, town), variables);
    }

    private JsonNode get(String user, String reference) {
        return rest.withBasicAuth(user, "demo").getForObject("/api/measures/" + reference, JsonNode.class);
    }

    private static JsonNode contribution(JsonNode dossier, String member) {
        for (JsonNode c : dossier.get("contributions")) {
            if (c.get("member").asText().equals(member)) {
                return c;
            }
        }
        throw new AssertionError("no contribution of " + member);
    }

    private long files(Measure measure) {
        return jdbc.queryForObject("select count(*) from akn_measure_file where measure_id = ?", Long.class,
                measure.getId());
    }

    /** The open task of the key for the town (waits up to 20 s: the multi-instance continues asynchronously). */
    private Task task(Measure measure, String key, String town) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> openTask(measure, key, town) != null);
        return openTask(measure, key, town);
    }

    private Task openTask(Measure measure, String key, String town) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(measure.getReference())
                .taskDefinitionKey(key).taskCandidateGroup("member-" + town).singleResult();
    }

    private static Map<String, Object> brochure(List<String> invited) {
        var proposal = TestProposals.with(TestProposals.climateWeek(), "category", "PUBLICATION");
        proposal.put("title", "Gemeinsame Klimaschutz-Broschüre 2027");
        proposal.put("invitedMembers", invited);
        return proposal;
    }

    private static byte[] png() throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static byte[] pdf() throws IOException {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
