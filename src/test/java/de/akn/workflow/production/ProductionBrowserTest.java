package de.akn.workflow.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.Browser;
import de.akn.workflow.support.MeasureLifecycle;
import de.akn.workflow.support.TestProposals;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dormagen's climate manager contributes to a joint brochure in Tasklist: sees Kaarst's contribution in the
 * tab "Maßnahme", uploads its page as PDF there (a text file named .png is refused in German), writes its
 * text and completes the task.
 */
class ProductionBrowserTest extends AknIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MeasureService measures;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TestRestTemplate rest;

    @Test
    void dormagenUploadsItsPageAndContributesInTasklist() throws Exception {
        var proposal = TestProposals.with(TestProposals.climateWeek(), "category", "PUBLICATION");
        proposal.put("title", "Broschüre Klimafreundlich unterwegs");
        proposal.put("invitedMembers", List.of("dormagen"));
        Measure measure = new MeasureLifecycle(engine, measures, tx).adopted("km-kaarst", proposal);
        String ref = measure.getReference();
        await().atMost(Duration.ofSeconds(20)).until(() -> engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(ref).taskDefinitionKey(ProductionProcess.TASK_CONTRIBUTION)
                .taskCandidateGroup("member-dormagen").count() == 1);
        Path dir = Files.createTempDirectory("akn-upload");
        Path page = dir.resolve("seite-dormagen.pdf");
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            Files.write(page, out.toByteArray());
        }
        Path fake = Files.writeString(dir.resolve("foto.png"), "kein Bild, nur Text");
        // Kaarst has contributed already, with a file
        var body = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        body.add("file", new org.springframework.core.io.ByteArrayResource(Files.readAllBytes(page)) {
            @Override
            public String getFilename() {
                return "seite-kaarst.pdf";
            }
        });
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
        assertThat(rest.withBasicAuth("km-kaarst", "demo").postForEntity("/api/measures/" + ref + "/files",
                new org.springframework.http.HttpEntity<>(body, headers), JsonNode.class).getStatusCode().value())
                .isEqualTo(201);
        var users = new de.akn.workflow.support.Users(engine.getIdentityService(), engine.getTaskService());
        users.complete("km-kaarst", engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ref)
                .taskDefinitionKey(ProductionProcess.TASK_CONTRIBUTION).taskCandidateGroup("member-kaarst").singleResult(),
                java.util.Map.of("contributionText", "Seite 2: Grußwort und Karte der Radrouten in Kaarst."));

        try (var browser = Browser.open()) {
            browser.loginToWebapp("http://localhost:" + port, "tasklist", "km-dormagen", "demo");
            browser.click(By.xpath("//*[contains(normalize-space(.),'Aufgaben meiner Kommune')]"
                    + "[self::a or self::h4 or self::span][1]"));
            browser.click(By.xpath("//a[contains(normalize-space(.),'Beitrag liefern: " + ref + "')]"));
            browser.waitFor(By.cssSelector("[id$='-Field_contributionText']"));
            browser.click(By.xpath("//*[@ng-click='claim()']"));
            browser.waitFor(By.xpath("//*[@ng-click='unclaim()']"));

            // the tab "Maßnahme" uploads the page, and refuses a text file named .png
            browser.click(By.xpath("//a[normalize-space(.)='Maßnahme']"));
            browser.waitForText("Datei zu Ihrem Beitrag hochladen");
            browser.waitForText("Beiträge der Kommunen");
            assertThat(browser.text()).contains("Seite 2: Grußwort und Karte der Radrouten in Kaarst.")
                    .contains("seite-kaarst.pdf").contains("noch nicht geliefert")
                    .contains("Noch kein Entwurf zur Freigabe vorgelegt.");
            browser.waitFor(By.cssSelector(".akn-upload-file")).sendKeys(fake.toString());
            browser.click(By.cssSelector(".akn-upload-button"));
            browser.waitForText("kein PDF, kein Bild");
            browser.waitFor(By.cssSelector(".akn-upload-file")).sendKeys(page.toString());
            browser.click(By.cssSelector(".akn-upload-button"));
            browser.waitForText("Hochgeladen: seite-dormagen.pdf");
            browser.screenshot("production-1-km-dormagen-upload");

            // the form: its text, then complete
            browser.click(By.xpath("//a[normalize-space(.)='Formular']"));
            browser.type("contributionText", "Seite 4: Radwege in Dormagen, Ansprechpartnerin Frau Muster.");
            browser.click(By.cssSelector("button[ng-click='complete()']"));
            await().atMost(Duration.ofSeconds(20)).until(() -> engine.getTaskService().createTaskQuery()
                    .processInstanceBusinessKey(ref).taskDefinitionKey(ProductionProcess.TASK_CONTRIBUTION)
                    .taskCandidateGroup("member-dormagen").count() == 0);
        }
        JsonNode dossier = rest.withBasicAuth("km-kaarst", "demo").getForObject("/api/measures/" + ref, JsonNode.class);
        JsonNode dormagen = null;
        for (JsonNode contribution : dossier.get("contributions")) {
            if (contribution.get("member").asText().equals("dormagen")) {
                dormagen = contribution;
            }
        }
        assertThat(dormagen).isNotNull();
        assertThat(dormagen.get("text").asText()).startsWith("Seite 4: Radwege in Dormagen");
        assertThat(dormagen.get("files").findValuesAsText("name")).containsExactly("seite-dormagen.pdf");
    }
}
