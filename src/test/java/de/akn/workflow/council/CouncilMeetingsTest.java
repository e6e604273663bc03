package de.akn.workflow.council;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import de.akn.workflow.common.Dates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.cosigning.CosigningProcess;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.member.MemberChanges;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.review.ReviewProcess;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.LocalOParl;
import de.akn.workflow.support.MeasureLifecycle;
import de.akn.workflow.support.TestProposals;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Council dates from OParl 1.1, against a local OParl server (WireMock) serving documents shaped
 * like the specification's examples: paging, the council told apart from a committee, only future
 * meetings, the cache, a 500 and a time-out, the dates offered in the co-sign form, and the
 * council's result on the town's paper in its task after the meeting.
 */
class CouncilMeetingsTest extends AknIntegrationTest {

    static final WireMockServer OPARL = LocalOParl.SERVER;
    static final LocalDate SOON = LocalOParl.SOON;
    static final LocalDate LATER = LocalOParl.LATER;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MemberService members;
    @Autowired
    CouncilMeetings meetings;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MeasureService measures;
    @Autowired
    TransactionTemplate tx;

    @BeforeAll
    static void start() {
        if (!OPARL.isRunning()) {
            OPARL.start();
        }
    }

    @AfterEach
    void forget() {
        ClockUtil.reset();
        for (String member : List.of("kaarst", "dormagen", "meerbusch")) {
            members.update(member, new MemberChanges(null, null, null, null, ""));
        }
        OPARL.resetAll();
    }

    @Test
    void shouldListTheCouncilsUpcomingMeetingsFromAllPagesAndKeepThem() {
        members.update("kaarst", new MemberChanges(null, null, null, null, LocalOParl.body("kaarst")));

        var answer = rest.withBasicAuth("km-kaarst", "demo").getForEntity("/api/members/kaarst/council-meetings",
                JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        // the Rat's meetings (not the committee's), from both pages, only future ones, not the cancelled one
        assertThat(answer.getBody().findValuesAsText("name")).containsExactly("12. Sitzung des Rates",
                "13. Sitzung des Rates");
        assertThat(answer.getBody().findValuesAsText("date")).containsExactly(SOON.toString(), LATER.toString());
        assertThat(answer.getBody().get(0).get("url").asText()).isEqualTo(OPARL.baseUrl() + "/kaarst/meeting/281");

        // kept: the next request does not ask the council information system again
        OPARL.resetRequests();
        assertThat(rest.withBasicAuth("km-kaarst", "demo").getForEntity("/api/members/kaarst/council-meetings",
                JsonNode.class).getBody().size()).isEqualTo(2);
        assertThat(OPARL.countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount()).isZero();

        // the council's result on a paper
        assertThat(meetings.result("kaarst", "DS 2027/015")).contains("Geändert beschlossen");
        assertThat(meetings.result("kaarst", "DS 1999/001")).isEmpty();
    }

    @Test
    void shouldOfferTheDatesInTheCosignFormAndShowTheCouncilsResultAfterTheMeeting() {
        members.update("kaarst", new MemberChanges(null, null, null, null, LocalOParl.body("walk")));
        var lifecycle = new MeasureLifecycle(engine, measures, tx);
        Measure measure = lifecycle.propose("km-meerbusch", TestProposals.with(TestProposals.climateWeek(),
                "invitedMembers", List.of("kaarst", "dormagen")));
        lifecycle.complete("coordinator", lifecycle.task(measure, ReviewProcess.TASK_FORMAL_REVIEW),
                Map.of("reviewDecision", "APPROVE"));
        lifecycle.cosign("km-meerbusch", measure, "meerbusch");
        await().atMost(Duration.ofSeconds(20)).until(() -> task(measure, CosigningProcess.TASK_COSIGN_DECISION) != null);
        Task cosign = task(measure, CosigningProcess.TASK_COSIGN_DECISION);

        // Tasklist's form offers the council's meetings
        String form = rest.withBasicAuth("km-kaarst", "demo").getForObject("/engine-rest/task/{id}/deployed-form",
                String.class, cosign.getId());
        assertThat(form).contains(GermanFormat.date(SOON) + " – 12. Sitzung des Rates")
                .contains("\"value\":\"" + GermanFormat.date(LATER) + "\"");

        // When Kaarst waits for the meeting chosen from the list, with its paper's number
        lifecycle.complete("km-kaarst", cosign, Map.of("cosignDecision", "COUNCIL_PENDING",
                "councilMeetingChoice", GermanFormat.date(SOON), "councilPaperReference", "DS 2027/015"));
        Task council = task(measure, CosigningProcess.TASK_RECORD_COUNCIL_DECISION);
        assertThat(Dates.day(council.getDueDate())).isEqualTo(SOON.plusDays(1));
        assertThat(lifecycle.reload(measure).participationOf("kaarst").orElseThrow().getCouncilMeetingDate())
                .isEqualTo(SOON);

        // Then the morning after the meeting the task shows what the council information system says
        ClockUtil.setCurrentTime(Date.from(SOON.plusDays(1).atTime(8, 1).atZone(ZoneId.of("Europe/Berlin"))
                .toInstant()));
        var management = engine.getManagementService();
        for (var job : management.createJobQuery().processInstanceId(council.getProcessInstanceId()).timers()
                .duedateLowerThan(ClockUtil.getCurrentTime()).list()) {
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException e) {
                // the application's job executor may have taken the job already
            }
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> "Geändert beschlossen".equals(
                engine.getTaskService().getVariable(council.getId(), "councilAgendaResult")));
    }

    @Test
    void shouldAnswerInGermanWithinSecondsWhenTheSystemFailsOrIsSlow() {
        OPARL.stubFor(get(urlEqualTo("/broken/body/0")).willReturn(aResponse().withStatus(500)));
        OPARL.stubFor(get(urlEqualTo("/slow/body/0")).willReturn(aResponse().withFixedDelay(5_000)
                .withHeader("Content-Type", "application/json").withBody("{}")));
        members.update("dormagen", new MemberChanges(null, null, null, null, OPARL.baseUrl() + "/broken/body/0"));
        members.update("meerbusch", new MemberChanges(null, null, null, null, OPARL.baseUrl() + "/slow/body/0"));

        var broken = rest.withBasicAuth("km-dormagen", "demo").getForEntity("/api/members/dormagen/council-meetings",
                JsonNode.class);
        assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_GATEWAY);
        assertThat(broken.getBody().get("detail").asText()).isEqualTo("Die Sitzungen konnten nicht aus dem "
                + "Ratsinformationssystem der Stadt Dormagen abgerufen werden (es meldet einen Fehler, HTTP 500). Bitte "
                + "geben Sie das Datum der Sitzung von Hand ein.");

        long start = System.nanoTime();
        var slow = rest.withBasicAuth("km-meerbusch", "demo").getForEntity("/api/members/meerbusch/council-meetings",
                JsonNode.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        assertThat(slow.getStatusCode()).isEqualTo(HttpStatus.BAD_GATEWAY);
        assertThat(slow.getBody().get("detail").asText()).contains("antwortet zu langsam");
        // the form does without the dates, and does not wait for the failed system again
        start = System.nanoTime();
        assertThat(meetings.upcomingOrNone("meerbusch")).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));

        // an answer that points to another server is not followed (no request to internal addresses)
        OPARL.stubFor(get(urlEqualTo("/elsewhere/body/0")).willReturn(aResponse().withHeader("Content-Type",
                "application/json").withBody("{\"organization\": \"http://169.254.169.254/latest/meta-data/\"}")));
        members.update("kaarst", new MemberChanges(null, null, null, null, OPARL.baseUrl() + "/elsewhere/body/0"));
        var elsewhere = rest.withBasicAuth("km-kaarst", "demo").getForEntity("/api/members/kaarst/council-meetings",
                JsonNode.class);
        assertThat(elsewhere.getStatusCode()).isEqualTo(HttpStatus.BAD_GATEWAY);
        assertThat(elsewhere.getBody().get("detail").asText()).contains("es verweist auf einen anderen Server");
    }

    @Test
    void shouldAnswerEmptyWithoutAnOParlSystemAndRefuseAnAddressThatIsNotHttp() {
        var none = rest.withBasicAuth("km-juechen", "demo").getForEntity("/api/members/juechen/council-meetings",
                JsonNode.class);
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(none.getBody().isEmpty()).isTrue();
        assertThat(rest.withBasicAuth("km-juechen", "demo").getForEntity("/api/members/atlantis/council-meetings",
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity("/api/members/juechen/council-meetings", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        var ftp = rest.withBasicAuth("coordinator", "demo").exchange("/api/members/juechen",
                org.springframework.http.HttpMethod.PATCH, new org.springframework.http.HttpEntity<>(Map.of(
                        "oparlBody", "ftp://ris.example.org/body/0")), JsonNode.class);
        assertThat(ftp.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(ftp.getBody().toString()).contains("http- oder https-Adresse");
        assertThat(members.find("juechen").orElseThrow().getOparlBody()).isNull();
    }

    private Task task(Measure measure, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(measure.getReference())
                .taskDefinitionKey(key).taskCandidateGroup("member-kaarst").singleResult();
    }
}
