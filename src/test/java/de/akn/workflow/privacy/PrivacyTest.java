package de.akn.workflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.akn.workflow.absence.AbsenceRetention;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.review.ReviewProcess;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.MeasureLifecycle;
import de.akn.workflow.support.TestMail;
import de.akn.workflow.support.TestProposals;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person's data: everything stored about a climate manager who proposed, co-signed and was away, for the
 * administration only; the erasure keeps the facts readable without the person; absences end after retention.
 */
class PrivacyTest extends AknIntegrationTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    MeasureService measures;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AbsenceRetention absenceRetention;

    @AfterEach
    void clock() {
        ClockUtil.reset();
    }

    @Test
    void shouldExportEverythingAboutAPersonAndEraseItKeepingTheFacts() {
        // Given Erika Muster, climate manager of Kaarst: she proposes, co-signs as lead town, and is away a week
        String user = "km-kaarst-muster-" + System.nanoTime() % 100000;
        IdentityService identity = engine.getIdentityService();
        var erika = identity.newUser(user);
        erika.setFirstName("Erika");
        erika.setLastName("Muster");
        erika.setEmail(user + "@example.org");
        erika.setPassword("Ein-langes-Passwort-2026");
        identity.saveUser(erika);
        identity.createMembership(user, "climate-managers");
        identity.createMembership(user, "member-kaarst");
        var lifecycle = new MeasureLifecycle(engine, measures, tx);
        Measure measure = lifecycle.propose(user, TestProposals.with(TestProposals.climateWeek(), "invitedMembers",
                List.of("dormagen")));
        lifecycle.complete("coordinator", lifecycle.task(measure, ReviewProcess.TASK_FORMAL_REVIEW),
                Map.of("reviewDecision", "APPROVE"));
        lifecycle.cosign(user, measure, "kaarst");
        LocalDate from = LocalDate.now(GermanFormat.ZONE).plusDays(40);
        var absence = rest.withBasicAuth(user, "Ein-langes-Passwort-2026").postForEntity("/api/absences", Map.of(
                "from", from.toString(), "to", from.plusDays(6).toString(), "deputy", "km-kaarst"), String.class);
        assertThat(absence.getStatusCode()).as(absence.getBody()).isEqualTo(HttpStatus.CREATED);
        TestMail.awaitSubject(user + "@example.org", measure.getReference(), "Bitte um Mitzeichnung");

        // When the administration asks what is stored about her (others may not)
        assertThat(rest.withBasicAuth("coordinator", "demo").getForEntity("/api/privacy/users/" + user, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/api/privacy/users/" + user, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        var unknown = rest.withBasicAuth("admin", "demo").getForEntity("/api/privacy/users/niemand", JsonNode.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().get("detail").asText()).contains("gibt es nicht");
        JsonNode export = rest.withBasicAuth("admin", "demo").getForObject("/api/privacy/users/" + user,
                JsonNode.class);
        assertThat(export.get("role").asText()).isEqualTo("Klimaschutzmanagement der Stadt Kaarst");
        JsonNode sections = export.get("sections");
        assertThat(sections.get("account").toString()).contains("Erika", "Muster", "member-kaarst");
        assertThat(sections.get("proposals").findValuesAsText("reference")).contains(measure.getReference());
        assertThat(sections.get("participationDecisions").toString()).contains(measure.getReference(), "COSIGNED");
        assertThat(sections.get("measureEvents").findValuesAsText("type")).contains("PROPOSED", "COSIGNED");
        assertThat(sections.get("absences").findValuesAsText("deputy")).contains("km-kaarst");
        assertThat(sections.get("mails").findValuesAsText("subject")).anyMatch(s -> s.contains("Bitte um Mitzeichnung"));

        // an open task of hers: not yet (409); once handed over, she is erased
        var task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(measure.getReference())
                .taskCandidateGroup("member-dormagen").singleResult();
        engine.getIdentityService().createMembership(user, "member-dormagen");
        engine.getTaskService().setAssignee(task.getId(), user);
        var refused = rest.withBasicAuth("admin", "demo").exchange("/api/privacy/users/" + user, HttpMethod.DELETE,
                null, JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("detail").asText()).contains("noch offene Aufgaben zugeordnet");
        engine.getTaskService().setAssignee(task.getId(), null);
        engine.getIdentityService().deleteMembership(user, "member-dormagen");
        var erased = rest.withBasicAuth("admin", "demo").exchange("/api/privacy/users/" + user, HttpMethod.DELETE,
                null, String.class);
        assertThat(erased.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        // Then the facts stay readable, the person is gone everywhere
        String role = "Klimaschutzmanagement der Stadt Kaarst";
        assertThat(identity.createUserQuery().userId(user).count()).isZero();
        var events = measures.events(lifecycle.reload(measure));
        assertThat(events).anyMatch(e -> "PROPOSED".equals(e.getType()) && role.equals(e.getActor()))
                .noneMatch(e -> user.equals(e.getActor()));
        assertThat(lifecycle.reload(measure).getProposer()).isEqualTo(role);
        assertThat(lifecycle.reload(measure).participationOf("kaarst").orElseThrow().getDecidedBy()).isEqualTo(role);
        for (String sql : List.of("select count(*) from akn_measure_event where actor = ?",
                "select count(*) from akn_absence where user_id = ? or deputy = ? or created_by = ?",
                "select count(*) from akn_notification where lower(recipient) like ?",
                "select count(*) from act_hi_taskinst where assignee_ = ?",
                "select count(*) from act_hi_op_log where user_id_ = ?")) {
            Object[] args = sql.contains("like") ? new Object[] {"%" + user + "%"}
                    : java.util.Collections.nCopies((int) sql.chars().filter(c -> c == '?').count(), user).toArray();
            assertThat(jdbc.queryForObject(sql, Long.class, args)).as(sql).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from akn_notification where recipient = ?", Long.class, role))
                .isPositive();
        assertThat(rest.withBasicAuth("admin", "demo").exchange("/api/privacy/users/" + user, HttpMethod.DELETE,
                null, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldRemoveAbsencesOnceTheirRetentionHasPassedByTheEngineClock() {
        LocalDate today = LocalDate.now(GermanFormat.ZONE);
        jdbc.update("insert into akn_absence (user_id, starts_on, ends_on, deputy, created_by, created_at) values "
                + "('deputy-meerbusch', ?, ?, 'km-meerbusch', 'deputy-meerbusch', current_timestamp)",
                today.minusDays(20), today.minusDays(10));
        long before = jdbc.queryForObject("select count(*) from akn_absence where user_id = 'deputy-meerbusch'",
                Long.class);
        absenceRetention.removeExpired();
        assertThat(jdbc.queryForObject("select count(*) from akn_absence where user_id = 'deputy-meerbusch'",
                Long.class)).as("ended ten days ago: kept").isEqualTo(before);

        // 90 days later by the engine's clock it is gone
        ClockUtil.setCurrentTime(Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(85))));
        assertThat(absenceRetention.removeExpired()).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from akn_absence where user_id = 'deputy-meerbusch'",
                Long.class)).isZero();
    }
}
