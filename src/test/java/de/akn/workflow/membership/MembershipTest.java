package de.akn.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.akn.workflow.cosigning.CosigningProcess;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.measure.ParticipationStatus;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.review.ReviewProcess;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.MeasureLifecycle;
import de.akn.workflow.support.TestMail;
import de.akn.workflow.support.TestProposals;
import de.akn.workflow.support.Users;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code membership}: a town joins (and can be invited at once), leaves (its open co-sign decisions
 * end as declined, its past participations stay), the member list of a year, a restart, bad input.
 * Uses a town of its own ("Stadt Testhausen") so that the founding members stay as they are.
 */
class MembershipTest extends AknIntegrationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MeasureService measures;
    @Autowired
    MemberService members;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationContext context;
    @Autowired
    de.akn.workflow.reporting.AnnualReportService reports;

    MeasureLifecycle lifecycle;
    Users users;

    @BeforeEach
    void init() {
        lifecycle = new MeasureLifecycle(engine, measures, tx);
        users = new Users(engine.getIdentityService(), engine.getTaskService());
    }

    @Test
    void shouldLetATownJoinBeInvitedAtOnceAndLeaveAgain() {
        int year = LocalDate.now().getYear();

        // When the coordinator starts the accession of Stadt Testhausen
        var started = rest.withBasicAuth("coordinator", "demo").postForEntity("/api/memberships", Map.of(
                "action", "JOIN", "member", Map.of("id", "testhausen", "name", "Stadt Testhausen", "kind", "STADT",
                        "population", 31000, "email", "klima@testhausen.example.org")), JsonNode.class);

        // Then it waits for the council decision, and the town is not a member yet
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String instance = started.getBody().get("processInstanceId").asText();
        assertThat(started.getBody().get("businessKey").asText()).isEqualTo("Beitritt der Stadt Testhausen");
        Task decision = accessionTask(instance);
        assertThat(decision.getName()).isEqualTo("Ratsbeschluss eintragen: Beitritt der Stadt Testhausen");
        assertThat(members.find("testhausen")).isEmpty();

        // When the coordinator records the council's approval
        users.complete("coordinator", decision, Map.of("accessionDecision", "APPROVE",
                "councilDecisionDate", "12.11.2026", "accessionComment", "Einstimmig"));

        // Then Testhausen is a member from today, with its group and its council
        await().atMost(Duration.ofSeconds(20)).until(() -> members.find("testhausen").isPresent());
        var member = members.find("testhausen").orElseThrow();
        assertThat(member.isActive()).isTrue();
        assertThat(member.getJoinedOn()).isNotNull();
        assertThat(member.getCouncilBody()).isEqualTo("Rat der Stadt Testhausen");
        assertThat(engine.getIdentityService().createGroupQuery().groupId("member-testhausen").count()).isEqualTo(1);
        JsonNode listed = rest.withBasicAuth("km-kaarst", "demo").getForObject("/api/members", JsonNode.class);
        assertThat(listed.findValuesAsText("id")).contains("testhausen");

        // and every member is told: the towns' people, their functional mailboxes, the partner, the new town itself
        for (String address : List.of("km-dormagen@example.org", "klimaschutz@meerbusch.example.org",
                "ea-nrw@example.org", "coordinator@example.org", "klima@testhausen.example.org")) {
            await().atMost(Duration.ofSeconds(20)).until(() -> subjects(address).contains(
                    "Neues Mitglied der Allianz: Stadt Testhausen"));
        }
        String text = TestMail.receivedBy("km-dormagen@example.org").stream().map(TestMail::text)
                .filter(t -> t.contains("Testhausen")).findFirst().orElseThrow();
        assertThat(text).contains("die Stadt Testhausen ist am").contains("Ratsbeschluss vom 12.11.2026");

        // and the forms offer it: the proposal's invitation list and the membership form's leaving list
        assertThat(startForm("km-kaarst", "joint-measure")).contains("Stadt Testhausen").contains("Stadt Kaarst")
                .doesNotContain("EnergieAgentur");
        assertThat(startForm("coordinator", "membership")).contains("\"value\":\"testhausen\"")
                .doesNotContain("\"value\":\"rkn\"");

        // When Kaarst invites the new member to a measure at once
        Measure measure = lifecycle.propose("km-kaarst", TestProposals.with(TestProposals.climateWeek(),
                "invitedMembers", List.of("dormagen", "testhausen")));
        lifecycle.complete("coordinator", lifecycle.task(measure, ReviewProcess.TASK_FORMAL_REVIEW),
                Map.of("reviewDecision", "APPROVE"));

        // Then Testhausen has its co-sign task (and Dormagen co-signs)
        await().atMost(Duration.ofSeconds(20)).until(() -> cosignTask(measure, "testhausen") != null);
        lifecycle.complete("km-dormagen", cosignTask(measure, "dormagen"), Map.of("cosignDecision", "COSIGN"));
        lifecycle.cosign("km-kaarst", measure, "kaarst");

        // When Testhausen leaves before deciding
        var leave = rest.withBasicAuth("coordinator", "demo").postForEntity("/api/memberships",
                Map.of("action", "LEAVE", "memberId", "testhausen"), JsonNode.class);
        assertThat(leave.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        users.complete("coordinator", accessionTask(leave.getBody().get("processInstanceId").asText()), Map.of(
                "accessionDecision", "APPROVE", "councilDecisionDate", "20.11.2026"));

        // Then it is no longer a member, its open co-sign decision ended as declined, the measure goes on
        await().atMost(Duration.ofSeconds(20)).until(() -> !members.find("testhausen").orElseThrow().isActive());
        // (the shares of Dormagen and of Kaarst grew above the ones they were shown: both confirm the larger share)
        lifecycle.acceptShare(measure, "dormagen");
        lifecycle.acceptShare(measure, "kaarst");
        Measure adopted = lifecycle.awaitStatus(measure, MeasureStatus.ADOPTED);
        Participation testhausen = adopted.getParticipations().stream()
                .filter(p -> p.getMemberId().equals("testhausen")).findFirst().orElseThrow();
        assertThat(testhausen.getStatus()).isEqualTo(ParticipationStatus.DECLINED);
        assertThat(testhausen.getComment()).contains("aus der Allianz ausgetreten");
        assertThat(cosignTask(measure, "testhausen")).isNull();
        await().atMost(Duration.ofSeconds(20)).until(() -> subjects("km-juechen@example.org").contains(
                "Austritt aus der Allianz: Stadt Testhausen"));

        // and the forms no longer offer it
        assertThat(startForm("km-kaarst", "joint-measure")).doesNotContain("Testhausen").contains("Stadt Kaarst");

        // and the member list of this year still has it, the next year's not; a new measure cannot invite it
        assertThat(ids("/api/members?year=" + year)).contains("testhausen", "kaarst");
        assertThat(ids("/api/members?year=" + (year + 1))).doesNotContain("testhausen").contains("kaarst");
        assertThat(ids("/api/members?year=" + (year - 1))).doesNotContain("testhausen").contains("kaarst");
        var refused = rest.withBasicAuth("km-kaarst", "demo").postForEntity("/api/measures",
                TestProposals.with(TestProposals.climateWeek(), "invitedMembers", List.of("testhausen")),
                JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        // and the annual report of this year names it among the members, last year's does not
        assertThat(reportText(year)).contains("Stadt Testhausen");
        assertThat(reportText(year - 1)).doesNotContain("Stadt Testhausen").contains("Stadt Kaarst");

        // When the application starts again on the same database (the start-up step runs again)
        context.getBeansOfType(SmartInitializingSingleton.class).values().stream()
                .filter(b -> b.getClass().getSimpleName().startsWith("AllianceInitializer"))
                .forEach(SmartInitializingSingleton::afterSingletonsInstantiated);

        // Then the member added at run time is still there, with its history, and the seed did not come back
        var again = members.find("testhausen").orElseThrow();
        assertThat(again.isActive()).isFalse();
        assertThat(again.getLeftOn()).isNotNull();
        assertThat(engine.getIdentityService().createGroupQuery().groupId("member-testhausen").count()).isEqualTo(1);
    }

    @Test
    void shouldRefuseBadMembershipRequestsInGermanAndStartNothing() {
        long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("membership").count();

        assertRefused("coordinator", Map.of("action", "JOIN", "member", Map.of("id", "kaarst", "name", "Stadt Kaarst",
                "kind", "STADT", "population", 43500)), HttpStatus.BAD_REQUEST, "gibt es bereits");
        assertRefused("coordinator", Map.of("action", "LEAVE", "memberId", "rkn"), HttpStatus.BAD_REQUEST,
                "Der Rhein-Kreis Neuss koordiniert die Allianz");
        assertRefused("coordinator", Map.of("action", "LEAVE", "memberId", "neverland"), HttpStatus.BAD_REQUEST,
                "nicht bekannt");
        assertRefused("coordinator", Map.of("action", "JOIN", "member", Map.of("id", "Neuss!", "name", "",
                "kind", "PARTNER", "population", -5)), HttpStatus.BAD_REQUEST, "Kennung");
        assertRefused("coordinator", Map.of("action", "MERGE"), HttpStatus.BAD_REQUEST, "Beitritt oder Austritt");
        assertRefused("km-kaarst", Map.of("action", "LEAVE", "memberId", "juechen"), HttpStatus.FORBIDDEN, null);

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("membership").count())
                .isEqualTo(before);
        assertThat(members.find("juechen").orElseThrow().isActive()).isTrue();
    }

    @Test
    void shouldLetTheCoordinatorEditAMembersDataButNoTown() {
        var patched = rest.withBasicAuth("coordinator", "demo").exchange("/api/members/rommerskirchen",
                org.springframework.http.HttpMethod.PATCH, new org.springframework.http.HttpEntity<>(Map.of(
                        "population", 13900, "oparlBody", "https://ris.rommerskirchen.example.org/oparl/body/1")),
                JsonNode.class);
        assertThat(patched.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(patched.getBody().get("population").asInt()).isEqualTo(13900);
        assertThat(patched.getBody().get("councilBody").asText()).isEqualTo("Rat der Gemeinde Rommerskirchen");
        assertThat(members.find("rommerskirchen").orElseThrow().getOparlBody()).contains("ris.rommerskirchen");

        var bad = rest.withBasicAuth("coordinator", "demo").exchange("/api/members/rommerskirchen",
                org.springframework.http.HttpMethod.PATCH, new org.springframework.http.HttpEntity<>(Map.of(
                        "population", 0, "oparlBody", "ftp://ris.example.org", "iban", "DE29 9999 9999 0000 0014 45")),
                JsonNode.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody().get("errors").get("oparlBody").asText()).contains("http");
        assertThat(bad.getBody().get("errors").get("iban").asText()).contains("IBAN");
        assertThat(members.find("rommerskirchen").orElseThrow().getPopulation()).isEqualTo(13900);

        // the bank account the Kostenerstattungsanforderung names, printed in groups of four
        String seeded = members.find("rommerskirchen").orElseThrow().bankDetails().iban();
        var account = rest.withBasicAuth("coordinator", "demo").exchange("/api/members/rommerskirchen",
                org.springframework.http.HttpMethod.PATCH, new org.springframework.http.HttpEntity<>(Map.of(
                        "iban", "de02120300000000202051", "bic", "BYLADEM1001", "bankName", "Deutsche Kreditbank")),
                JsonNode.class);
        assertThat(account.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(account.getBody().get("iban").asText()).isEqualTo("DE02 1203 0000 0000 2020 51");
        assertThat(members.find("rommerskirchen").orElseThrow().bankDetails().bankName()).isEqualTo("Deutsche Kreditbank");
        rest.withBasicAuth("coordinator", "demo").exchange("/api/members/rommerskirchen",
                org.springframework.http.HttpMethod.PATCH, new org.springframework.http.HttpEntity<>(Map.of(
                        "iban", seeded, "bic", "BEISPIELXXX", "bankName", "Beispielbank (Demo-Daten)")), JsonNode.class);

        var town = rest.withBasicAuth("km-rommerskirchen", "demo").exchange("/api/members/rommerskirchen",
                org.springframework.http.HttpMethod.PATCH, new org.springframework.http.HttpEntity<>(Map.of(
                        "population", 99999)), JsonNode.class);
        assertThat(town.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // back to the seed's figure for the other tests
        rest.withBasicAuth("admin", "demo").exchange("/api/members/rommerskirchen",
                org.springframework.http.HttpMethod.PATCH, new org.springframework.http.HttpEntity<>(Map.of(
                        "population", 13500, "oparlBody", "")), JsonNode.class);
        assertThat(members.find("rommerskirchen").orElseThrow().getOparlBody()).isNull();
    }

    private void assertRefused(String user, Map<String, Object> body, HttpStatus status, String fragment) {
        var response = rest.withBasicAuth(user, "demo").postForEntity("/api/memberships", body, JsonNode.class);
        assertThat(response.getStatusCode()).as("%s", body).isEqualTo(status);
        if (fragment != null) {
            assertThat(response.getBody().get("detail").asText()).as("%s", body).contains(fragment);
        }
    }

    /** The start form as Tasklist gets it from the engine (options filled in at run time). */
    private String startForm(String user, String process) {
        var form = rest.withBasicAuth(user, "demo").getForEntity(
                "/engine-rest/process-definition/key/{key}/deployed-start-form", String.class, process);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        return form.getBody();
    }

    private String reportText(int year) {
        byte[] pdf = tx.execute(s -> reports.generate(year, "coordinator").getPdf());
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> ids(String path) {
        return rest.withBasicAuth("coordinator", "demo").getForObject(path, JsonNode.class).findValuesAsText("id");
    }

    private Task accessionTask(String processInstanceId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> engine.getTaskService().createTaskQuery()
                .processInstanceId(processInstanceId).taskDefinitionKey(MembershipProcess.TASK_RECORD_ACCESSION_DECISION)
                .singleResult() != null);
        return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
    }

    private Task cosignTask(Measure measure, String town) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(measure.getReference())
                .taskDefinitionKey(CosigningProcess.TASK_COSIGN_DECISION).taskCandidateGroup("member-" + town).singleResult();
    }

    private static List<String> subjects(String address) {
        return TestMail.receivedBy(address).stream().map(m -> {
            try {
                return m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
