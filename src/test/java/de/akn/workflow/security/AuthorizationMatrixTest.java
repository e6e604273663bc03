package de.akn.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.akn.workflow.cosigning.CosigningProcess;
import de.akn.workflow.implementation.ImplementationProcess;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.review.ReviewProcess;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.MeasureLifecycle;
import de.akn.workflow.support.TestProposals;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every role against every endpoint and every task type: allowed or forbidden, no leaks. Allowed
 * task completions are sent with an invalid value, so that they stop at validation (400) and the
 * task stays for the next user; forbidden ones end in 403 (or 404 where the task is invisible).
 */
class AuthorizationMatrixTest extends AknIntegrationTest {

    static final List<String> USERS = List.of("anonymous", "km-kaarst", "km-dormagen", "km-meerbusch", "coordinator",
            "ea-nrw", "admin");
    static final Set<Integer> FORBIDDEN = Set.of(401, 403, 404);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MeasureService measures;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ObjectMapper json;

    @TestFactory
    Stream<DynamicTest> everyRoleAgainstEveryEndpoint() {
        var lifecycle = new MeasureLifecycle(engine, measures, tx);
        Measure kaarstDormagen = lifecycle.propose("km-kaarst", TestProposals.with(TestProposals.climateWeek(),
                "invitedMembers", List.of("dormagen")));
        String ref = kaarstDormagen.getReference();
        String invalidProposal = "{\"title\": \"x\"}";
        var rows = new ArrayList<Row>();
        // method, path, body, users allowed (everyone else: 401/403/404); allowed ones get one of `ok`
        rows.add(new Row(HttpMethod.GET, "/api/members", null, all(), Set.of(200)));
        rows.add(new Row(HttpMethod.GET, "/api/measures", null, all(), Set.of(200)));
        // the climate managers propose; the coordination reviews and proposes nothing itself
        rows.add(new Row(HttpMethod.POST, "/api/measures", invalidProposal,
                Set.of("km-kaarst", "km-dormagen", "km-meerbusch"), Set.of(400)));
        rows.add(new Row(HttpMethod.GET, "/api/measures/" + ref, null,
                Set.of("km-kaarst", "km-dormagen", "coordinator", "ea-nrw", "admin"), Set.of(200)));
        rows.add(new Row(HttpMethod.GET, "/api/measures/" + ref + "/events", null,
                Set.of("km-kaarst", "km-dormagen", "coordinator", "ea-nrw", "admin"), Set.of(200)));
        for (String list : List.of("/costs", "/funding-payments")) {
            rows.add(new Row(HttpMethod.GET, "/api/measures/" + ref + list, null,
                    Set.of("km-kaarst", "km-dormagen", "coordinator", "ea-nrw", "admin"), Set.of(200)));
            // only the lead town records costs and funding received of a JOINT measure, once it is adopted (409)
            rows.add(new Row(HttpMethod.POST, "/api/measures/" + ref + list, "{}", Set.of("km-kaarst"),
                    Set.of(409)));
        }
        // the settlement opens after the final report: 404 before, for everyone
        rows.add(new Row(HttpMethod.GET, "/api/measures/" + ref + "/settlement/kaarst.pdf", null, Set.of(),
                Set.of()));
        rows.add(new Row(HttpMethod.POST, "/api/measures/" + ref + "/settlement/transfers/999999999/payment",
                "{\"paymentDate\": \"2020-01-01\"}", Set.of(), Set.of()));
        rows.add(new Row(HttpMethod.GET, "/api/notifications", null, Set.of("coordinator", "admin"), Set.of(200)));
        rows.add(new Row(HttpMethod.POST, "/api/notifications/999999999/retry", null, Set.of("coordinator", "admin"),
                Set.of(404)));
        rows.add(new Row(HttpMethod.GET, "/api/meetings", null, all(), Set.of(200)));
        rows.add(new Row(HttpMethod.POST, "/api/meetings", "{\"date\": \"2020-01-01\"}", Set.of("coordinator", "admin"),
                Set.of(400)));
        rows.add(new Row(HttpMethod.GET, "/api/reports/annual/2019.pdf", null, all(), Set.of(404)));
        rows.add(new Row(HttpMethod.GET, "/api/reports/annual/2019.csv", null, all(), Set.of(404)));
        rows.add(new Row(HttpMethod.POST, "/api/reports/annual/1999", null, Set.of("coordinator", "admin"),
                Set.of(400)));
        rows.add(new Row(HttpMethod.POST, "/api/operations/migrations/no-such-process?dryRun=true", null,
                Set.of("admin"), Set.of(404)));
        rows.add(new Row(HttpMethod.GET, "/actuator/prometheus", null, Set.of("coordinator", "admin"), Set.of(200)));
        rows.add(new Row(HttpMethod.GET, "/actuator/metrics", null, Set.of("coordinator", "admin"), Set.of(200)));
        rows.add(new Row(HttpMethod.GET, "/actuator/health", null, Set.copyOf(USERS), Set.of(200)));
        rows.add(new Row(HttpMethod.GET, "/v3/api-docs", null, all(), Set.of(200)));
        rows.add(new Row(HttpMethod.GET, "/engine-rest/task", null, all(), Set.of(200)));
        // changing who may do what is the administrator's alone (a harmless grant on a made-up app)
        rows.add(new Row(HttpMethod.POST, "/engine-rest/authorization/create", "{\"type\": 1, \"permissions\": "
                + "[\"ACCESS\"], \"groupId\": \"climate-managers\", \"resourceType\": 0, \"resourceId\": "
                + "\"matrix-probe\"}", Set.of("admin"), Set.of(200)));
        rows.add(new Row(HttpMethod.POST, "/engine-rest/user/create", "{\"profile\": {\"id\": \"matrix-probe\"}, "
                + "\"credentials\": {\"password\": \"matrix-probe-pw\"}}", Set.of("admin"), Set.of(204)));
        rows.add(new Row(HttpMethod.GET, "/engine-rest/user/km-kaarst/profile", null, all(), Set.of(200)));

        var tests = new ArrayList<DynamicTest>();
        for (Row row : rows) {
            for (String user : USERS) {
                boolean allowed = row.allowed().contains(user);
                tests.add(DynamicTest.dynamicTest(row.method() + " " + row.path() + " as " + user + " → "
                        + (allowed ? "allowed" : "forbidden"), () -> {
                            int status = call(user, row.method(), row.path(), row.body());
                            if (allowed) {
                                assertThat(row.ok()).as("status").contains(status);
                            } else {
                                assertThat(FORBIDDEN).as("status").contains(status);
                            }
                        }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyRoleAgainstEveryTaskType() {
        var lifecycle = new MeasureLifecycle(engine, measures, tx);
        var tasks = new LinkedHashMap<String, String>();
        Measure energy = lifecycle.propose("km-kaarst", TestProposals.solarRoofs());
        tasks.put(ReviewProcess.TASK_EXPERT_REVIEW, lifecycle.task(energy, ReviewProcess.TASK_EXPERT_REVIEW).getId());
        Measure review = lifecycle.propose("km-kaarst", TestProposals.climateWeek());
        tasks.put(ReviewProcess.TASK_FORMAL_REVIEW, lifecycle.task(review, ReviewProcess.TASK_FORMAL_REVIEW).getId());
        Measure revise = lifecycle.propose("km-kaarst", TestProposals.climateWeek());
        lifecycle.complete("coordinator", lifecycle.task(revise, ReviewProcess.TASK_FORMAL_REVIEW), Map.of("reviewDecision",
                "REVISE", "reviewComment", "Bitte die Kosten genauer aufschlüsseln."));
        tasks.put(ReviewProcess.TASK_REVISE_PROPOSAL, lifecycle.task(revise, ReviewProcess.TASK_REVISE_PROPOSAL).getId());
        Measure cosign = lifecycle.propose("km-kaarst", TestProposals.climateWeek());
        lifecycle.complete("coordinator", lifecycle.task(cosign, ReviewProcess.TASK_FORMAL_REVIEW), Map.of("reviewDecision",
                "APPROVE"));
        var dormagenTask = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(cosign.getReference())
                .taskDefinitionKey(CosigningProcess.TASK_COSIGN_DECISION).taskCandidateGroup("member-dormagen");
        org.awaitility.Awaitility.await().until(() -> dormagenTask.singleResult() != null);
        tasks.put(CosigningProcess.TASK_COSIGN_DECISION, dormagenTask.singleResult().getId());
        var meerbuschTask = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(cosign.getReference())
                .taskDefinitionKey(CosigningProcess.TASK_COSIGN_DECISION).taskCandidateGroup("member-meerbusch").singleResult();
        lifecycle.complete("km-meerbusch", meerbuschTask, Map.of("cosignDecision", "COUNCIL_PENDING",
                "councilMeetingDate", java.time.LocalDate.now().plusDays(30).format(
                        java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))));
        tasks.put(CosigningProcess.TASK_RECORD_COUNCIL_DECISION, lifecycle.task(cosign, CosigningProcess.TASK_RECORD_COUNCIL_DECISION).getId());
        Measure adopted = lifecycle.adopted("km-kaarst", TestProposals.with(TestProposals.climateWeek(),
                "invitedMembers", List.of("juechen")));
        tasks.put(ImplementationProcess.TASK_PROGRESS_REPORT, lifecycle.task(adopted, ImplementationProcess.TASK_PROGRESS_REPORT).getId());
        Measure finished = lifecycle.adopted("km-kaarst", TestProposals.with(TestProposals.climateWeek(),
                "invitedMembers", List.of("juechen")));
        lifecycle.complete("km-kaarst", lifecycle.task(finished, ImplementationProcess.TASK_PROGRESS_REPORT), Map.of("progressPercent", 100,
                "progressStatus", "ON_TRACK", "spentEur", 100, "progressText", "Fertig.", "finalReport", true));
        tasks.put(ImplementationProcess.TASK_ACCEPT_FINAL_REPORT, lifecycle.task(finished, ImplementationProcess.TASK_ACCEPT_FINAL_REPORT).getId());

        Map<String, Set<String>> completers = Map.of(
                ReviewProcess.TASK_EXPERT_REVIEW, Set.of("ea-nrw", "admin"),
                ReviewProcess.TASK_FORMAL_REVIEW, Set.of("coordinator", "admin"),
                ReviewProcess.TASK_REVISE_PROPOSAL, Set.of("km-kaarst", "admin"),
                CosigningProcess.TASK_COSIGN_DECISION, Set.of("km-dormagen", "admin"),
                CosigningProcess.TASK_RECORD_COUNCIL_DECISION, Set.of("km-meerbusch", "admin"),
                ImplementationProcess.TASK_PROGRESS_REPORT, Set.of("km-kaarst", "admin"),
                ImplementationProcess.TASK_ACCEPT_FINAL_REPORT, Set.of("coordinator", "admin"));
        Map<String, Map<String, Object>> invalid = Map.of(
                ReviewProcess.TASK_EXPERT_REVIEW, Map.of("expertRecommendation", "X"),
                ReviewProcess.TASK_FORMAL_REVIEW, Map.of("reviewDecision", "X"),
                ReviewProcess.TASK_REVISE_PROPOSAL, Map.of("title", ""),
                CosigningProcess.TASK_COSIGN_DECISION, Map.of("cosignDecision", "X"),
                CosigningProcess.TASK_RECORD_COUNCIL_DECISION, Map.of("councilDecision", "X"),
                ImplementationProcess.TASK_PROGRESS_REPORT, Map.of("progressPercent", 500),
                ImplementationProcess.TASK_ACCEPT_FINAL_REPORT, Map.of("acceptDecision", "X"));
        var tests = new ArrayList<DynamicTest>();
        tasks.forEach((type, taskId) -> {
            for (String user : USERS) {
                boolean mayComplete = completers.get(type).contains(user);
                boolean maySee = mayComplete || user.equals("coordinator");
                tests.add(DynamicTest.dynamicTest(type + " as " + user + " → " + (mayComplete ? "completes"
                        : maySee ? "sees only" : "neither sees nor completes"), () -> {
                            int read = call(user, HttpMethod.GET, "/engine-rest/task/" + taskId, null);
                            assertThat(read).as("read").isEqualTo(maySee ? 200 : user.equals("anonymous") ? 401 : 404);
                            var variables = new HashMap<String, Object>();
                            invalid.get(type).forEach((k, v) -> variables.put(k, Map.of("value", v)));
                            int complete = call(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
                                    json.writeValueAsString(Map.of("variables", variables)));
                            if (mayComplete) {
                                assertThat(complete).as("complete stops at validation").isEqualTo(400);
                            } else {
                                assertThat(FORBIDDEN).as("complete").contains(complete);
                            }
                            assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
                        }));
            }
        });
        return tests.stream();
    }

    private static Set<String> all() {
        return Set.of("km-kaarst", "km-dormagen", "km-meerbusch", "coordinator", "ea-nrw", "admin");
    }

    private int call(String user, HttpMethod method, String path, String body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (!user.equals("anonymous")) {
            authenticate(headers, user);
        }
        return rest.exchange(path, method, new HttpEntity<>(body, headers), String.class).getStatusCode().value();
    }

    /** How a user proves who it is: HTTP Basic with the demo password (single sign-on: a bearer token). */
    protected void authenticate(HttpHeaders headers, String user) {
        headers.setBasicAuth(user, "demo");
    }

    record Row(HttpMethod method, String path, String body, Set<String> allowed, Set<Integer> ok) {
    }
}
