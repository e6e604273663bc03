package de.akn.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.akn.workflow.cosigning.CosigningProcess;
import de.akn.workflow.review.ReviewProcess;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.TestProposals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Two people on one task (issue #28): the coordinator and the deputy open the same review, a climate manager and
 * the deputy the same co-sign decision. Whoever comes second gets a German 409 — never the engine's 500 — and the
 * step of the first counts exactly once.
 */
class ConcurrentTaskStepsTest extends AknIntegrationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;

    @Test
    void shouldTellTheSecondOfTwoSimultaneousCompletionsInGerman() throws Exception {
        for (int round = 0; round < 5; round++) {
            // Given a proposal waiting for its formal review, opened by the coordinator and the deputy
            String reference = propose();
            String taskId = taskId("coordinator", reference, ReviewProcess.TASK_FORMAL_REVIEW);
            String approve = variables(Map.of("reviewDecision", "APPROVE"));

            // When both complete it at the same moment
            var barrier = new CyclicBarrier(2);
            var answers = new ArrayList<CompletableFuture<ResponseEntity<String>>>();
            for (String user : List.of("coordinator", "coordinator-deputy")) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    await(barrier);
                    return post(user, "/engine-rest/task/" + taskId + "/complete", approve);
                }));
            }

            // Then one succeeds, the other is told in German that the task is done; the review counts once
            var statuses = new ArrayList<Integer>();
            for (var answer : answers) {
                ResponseEntity<String> response = answer.get();
                statuses.add(response.getStatusCode().value());
                if (response.getStatusCode().value() != 204) {
                    assertTaskAlreadyDone(response);
                }
            }
            assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(204, 409);
            assertThat(events(reference)).as("events of " + reference).containsOnlyOnce("APPROVED");
        }
    }

    @Test
    void shouldTellWhoeverCompletesOrSubmitsAFinishedTaskInGerman() throws Exception {
        String reference = propose();
        String taskId = taskId("coordinator", reference, ReviewProcess.TASK_FORMAL_REVIEW);
        String approve = variables(Map.of("reviewDecision", "APPROVE"));
        assertThat(post("coordinator", "/engine-rest/task/" + taskId + "/complete", approve).getStatusCode().value())
                .isEqualTo(204);

        // the deputy's Tasklist still shows the form: completing and submitting it come too late
        assertTaskAlreadyDone(post("coordinator-deputy", "/engine-rest/task/" + taskId + "/complete", approve));
        assertTaskAlreadyDone(post("coordinator-deputy", "/engine-rest/task/" + taskId + "/submit-form", approve));
        assertThat(events(reference)).containsOnlyOnce("APPROVED");

        // a task id that never existed is not "bereits erledigt"
        var unknown = post("coordinator", "/engine-rest/task/no-such-task/complete", approve);
        assertThat(unknown.getStatusCode().value()).as(unknown.getBody()).isNotEqualTo(409);
        assertThat(unknown.getBody()).doesNotContain("bereits erledigt");
    }

    @Test
    void shouldTellTheDeputyThatTheClimateManagerHasJustClaimedTheTask() throws Exception {
        String reference = propose();
        String review = taskId("coordinator", reference, ReviewProcess.TASK_FORMAL_REVIEW);
        post("coordinator", "/engine-rest/task/" + review + "/complete", variables(Map.of("reviewDecision", "APPROVE")));
        String cosign = taskId("km-kaarst", reference, CosigningProcess.TASK_COSIGN_DECISION);

        String claim = json.writeValueAsString(Map.of("userId", "km-kaarst"));
        assertThat(post("km-kaarst", "/engine-rest/task/" + cosign + "/claim", claim).getStatusCode().value())
                .isEqualTo(204);
        var late = post("deputy-kaarst", "/engine-rest/task/" + cosign + "/claim",
                json.writeValueAsString(Map.of("userId", "deputy-kaarst")));

        assertThat(late.getStatusCode().value()).as(late.getBody()).isEqualTo(409);
        assertThat(message(late)).contains("gerade eine andere Person übernommen").doesNotContain("km-kaarst",
                "Cannot", "Task ");
    }

    private void assertTaskAlreadyDone(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(409);
        assertThat(message(response)).contains("Diese Aufgabe ist bereits erledigt")
                .doesNotContain("Cannot", "task is null", "ENGINE-", "OptimisticLocking");
    }

    private String message(ResponseEntity<String> response) throws Exception {
        return json.readTree(response.getBody()).path("message").asText();
    }

    private String propose() throws Exception {
        var created = post("km-kaarst", "/api/measures", json.writeValueAsString(TestProposals.with(
                TestProposals.climateWeek(), "invitedMembers", List.of("dormagen"))));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        return json.readTree(created.getBody()).get("reference").asText();
    }

    private String taskId(String user, String reference, String taskKey) throws Exception {
        JsonNode tasks = null;
        for (int i = 0; i < 100; i++) { // the continuation after a step may be a job
            tasks = json.readTree(rest.withBasicAuth(user, "demo").getForObject("/engine-rest/task?"
                    + "processInstanceBusinessKey={r}&taskDefinitionKey={k}", String.class, reference, taskKey));
            if (tasks.size() == 1) {
                return tasks.get(0).get("id").asText();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no task " + taskKey + " of " + reference + " for " + user + ": " + tasks);
    }

    private List<String> events(String reference) throws Exception {
        var events = new ArrayList<String>();
        json.readTree(rest.withBasicAuth("coordinator", "demo").getForObject("/api/measures/{r}/events",
                String.class, reference)).forEach(e -> events.add(e.path("type").asText()));
        return events;
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private String variables(Map<String, Object> values) throws Exception {
        var variables = new java.util.HashMap<String, Object>();
        values.forEach((k, v) -> variables.put(k, Map.of("value", v)));
        return json.writeValueAsString(Map.of("variables", variables));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
