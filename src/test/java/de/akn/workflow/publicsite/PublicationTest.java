package de.akn.workflow.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.MeasureLifecycle;
import de.akn.workflow.support.TestMail;
import de.akn.workflow.support.TestProposals;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The release for the public site: an adopted measure is nowhere public (pages, feed, open data, a warm
 * cache) until the coordination releases it with a summary for the public; withheld, it stays hidden.
 */
class PublicationTest extends AknIntegrationTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    MeasureService measures;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TestRestTemplate rest;

    MeasureLifecycle lifecycle;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void lifecycle() {
        lifecycle = new MeasureLifecycle(engine, measures, tx);
    }

    @Test
    void shouldPublishOnlyWhatTheCoordinationReleasedWithThePublicSummary() {
        // Given an adopted measure, the public pages already rendered once (a warm cache)
        Measure measure = lifecycle.adopted("km-kaarst", TestProposals.with(TestProposals.with(
                TestProposals.climateWeek(), "title", "Unveröffentlichte Klimawoche " + System.nanoTime() % 100000),
                "invitedMembers", List.of("dormagen")));
        warmUp();

        // Then it is nowhere public yet, and the coordination has the release task with the summary to start from
        assertHidden(measure);
        Task release = lifecycle.task(measure, PublicationProcess.TASK_RELEASE);
        assertThat(engine.getTaskService().getIdentityLinksForTask(release.getId()))
                .anyMatch(l -> "coordinator".equals(l.getGroupId()));
        assertThat(engine.getTaskService().getVariable(release.getId(), "publicSummary"))
                .isEqualTo(measure.getSummary());
        TestMail.awaitSubject("coordinator@example.org", measure.getReference(), "Veröffentlichung freigeben");
        assertThat(rest.withBasicAuth("km-kaarst", "demo").getForObject("/api/measures/" + measure.getReference(),
                String.class)).contains("\"published\":false");

        // bad input: no decision, an empty or too long summary — nothing is published
        assertThatThrownBy(() -> lifecycle.complete("coordinator", release, Map.of("publicSummary", "Text")))
                .isInstanceOf(ValidationProblem.class);
        assertThatThrownBy(() -> lifecycle.complete("coordinator", release, Map.of("publicationDecision", "RELEASE",
                "publicSummary", " "))).isInstanceOf(ValidationProblem.class);
        assertThatThrownBy(() -> lifecycle.complete("coordinator", release, Map.of("publicationDecision", "RELEASE",
                "publicSummary", "x".repeat(2001)))).isInstanceOf(ValidationProblem.class)
                .hasMessageContaining("2.000 Zeichen");
        assertHidden(measure);

        // When the coordination releases it with a public summary (markup stays text)
        lifecycle.release(measure, "Eine Woche voller Aktionen <script>alert(1)</script> für alle.");

        // Then it is public everywhere, with the public summary, and the signers are told
        var page = rest.getForEntity("/massnahmen/{r}", String.class, measure.getReference());
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Eine Woche voller Aktionen &lt;script&gt;alert(1)&lt;/script&gt; für alle.")
                .doesNotContain("<script>alert(1)</script>").doesNotContain(measure.getSummary());
        assertThat(rest.getForObject("/", String.class)).contains(measure.getTitle());
        assertThat(rest.getForObject("/massnahmen.atom", String.class)).contains(measure.getReference());
        assertThat(rest.getForObject("/api/public/measures", String.class)).contains(measure.getReference());
        assertThat(rest.getForObject("/api/public/measures.csv", String.class)).contains(measure.getReference());
        TestMail.awaitSubject("km-dormagen@example.org", measure.getReference(), "Maßnahme veröffentlicht");
        assertThat(rest.withBasicAuth("km-kaarst", "demo").getForObject("/api/measures/" + measure.getReference(),
                String.class)).contains("\"published\":true");
    }

    @Test
    void shouldKeepAWithheldMeasureHidden() {
        Measure measure = lifecycle.adopted("km-kaarst", TestProposals.with(TestProposals.climateWeek(), "title",
                "Zurückgehaltene Klimawoche " + System.nanoTime() % 100000));
        lifecycle.complete("coordinator", lifecycle.task(measure, PublicationProcess.TASK_RELEASE), Map.of(
                "publicationDecision", "WITHHOLD", "publicationComment", "Erst nach der Pressekonferenz."));
        warmUp();
        assertHidden(measure);
        assertThat(measures.events(lifecycle.reload(measure))).anyMatch(e -> "PUBLICATION_WITHHELD".equals(e.getType())
                && e.getDetail().contains("Pressekonferenz"));
    }

    @Test
    void shouldRefuseOnTheRestApiAReleaseOfAMeasureNoLongerAdoptedWith409AndATooLongSummaryWith400() {
        Measure measure = lifecycle.adopted("km-kaarst", TestProposals.with(TestProposals.climateWeek(), "title",
                "Zurückgezogene Klimawoche " + System.nanoTime() % 100000));
        Task release = lifecycle.task(measure, PublicationProcess.TASK_RELEASE);
        var coordinator = rest.withBasicAuth("coordinator", "demo");

        var tooLong = coordinator.postForEntity("/engine-rest/task/" + release.getId() + "/submit-form",
                Map.of("variables", Map.of("publicationDecision", Map.of("value", "RELEASE"), "publicSummary",
                        Map.of("value", "x".repeat(2001)))), String.class);
        assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
        assertThat(tooLong.getBody()).contains("2.000 Zeichen").doesNotContain(release.getId());

        // the measure is no longer adopted (as if its adoption had been reversed) while the task is open
        tx.executeWithoutResult(s -> jdbc.update("update akn_measure set status = 'NOT_ADOPTED' where id = ?",
                measure.getId()));
        var conflict = coordinator.postForEntity("/engine-rest/task/" + release.getId() + "/submit-form",
                Map.of("variables", Map.of("publicationDecision", Map.of("value", "RELEASE"), "publicSummary",
                        Map.of("value", "Öffentlicher Text"))), String.class);
        assertThat(conflict.getStatusCode().value()).isEqualTo(409);
        assertThat(conflict.getBody()).contains("vereinbart").doesNotContain(release.getId());
        assertThat(engine.getTaskService().createTaskQuery().taskId(release.getId()).count()).isEqualTo(1);
        assertThat(lifecycle.reload(measure).isPublished()).isFalse();
        assertThat(rest.getForEntity("/massnahmen/{r}", String.class, measure.getReference()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private void warmUp() {
        rest.getForObject("/", String.class);
        rest.getForObject("/api/public/measures", String.class);
        rest.getForObject("/massnahmen.atom", String.class);
    }

    private void assertHidden(Measure measure) {
        assertThat(rest.getForEntity("/massnahmen/{r}", String.class, measure.getReference()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForObject("/", String.class)).doesNotContain(measure.getTitle());
        assertThat(rest.getForObject("/kommunen/kaarst", String.class)).doesNotContain(measure.getTitle());
        assertThat(rest.getForObject("/massnahmen.atom", String.class)).doesNotContain(measure.getReference());
        assertThat(rest.getForObject("/api/public/measures", String.class)).doesNotContain(measure.getReference());
        assertThat(rest.getForObject("/api/public/measures.csv", String.class)).doesNotContain(measure.getReference());
    }
}
