package de.akn.workflow.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.implementation.ImplementationProcess;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.review.ReviewProcess;
import de.akn.workflow.settlement.SettlementProcess;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A measure that ran in the past (so that invoices may be dated within its period), taken through adoption,
 * costs and final reports to its settlement, as the towns would do it.
 */
public final class SettlementScenario {

    public final MeasureLifecycle lifecycle;
    private final ProcessEngine engine;
    private final TestRestTemplate rest;
    private final ObjectMapper json = new ObjectMapper();
    public final LocalDate today = LocalDate.now(GermanFormat.ZONE);

    public SettlementScenario(ProcessEngine engine, MeasureService measures, TransactionTemplate tx,
            TestRestTemplate rest) {
        this.engine = engine;
        this.rest = rest;
        this.lifecycle = new MeasureLifecycle(engine, measures, tx);
    }

    /** 12,000 EUR by population from 200 to 20 days ago, Kaarst leading, with the towns invited. */
    public Map<String, Object> pastProposal(List<String> invited, String implementation) {
        var proposal = TestProposals.with(TestProposals.with(TestProposals.with(TestProposals.climateWeek(),
                "invitedMembers", invited), "plannedStart", today.minusDays(200).toString()), "plannedEnd",
                today.minusDays(20).toString());
        proposal.put("implementation", implementation);
        return proposal;
    }

    /**
     * Proposed by km-kaarst, approved, and co-signed by every town with the given decision variables (default:
     * co-sign), the lead first.
     */
    public Measure adopted(Map<String, Object> proposal, Map<String, Map<String, Object>> decisions) {
        Measure measure = lifecycle.propose("km-kaarst", proposal);
        lifecycle.complete("coordinator", lifecycle.task(measure, ReviewProcess.TASK_FORMAL_REVIEW),
                Map.of("reviewDecision", "APPROVE"));
        var towns = new java.util.ArrayList<String>();
        towns.add("kaarst");
        @SuppressWarnings("unchecked")
        List<String> invited = (List<String>) proposal.get("invitedMembers");
        towns.addAll(invited);
        for (String town : towns) {
            var variables = new HashMap<String, Object>(Map.of("cosignDecision", "COSIGN"));
            variables.putAll(decisions.getOrDefault(town, Map.of()));
            lifecycle.decide("km-" + town, measure, town, variables);
        }
        return lifecycle.awaitStatus(measure, MeasureStatus.ADOPTED);
    }

    /** The town's final report (100 %), accepted by the coordinator. */
    public void finalReportAccepted(Measure measure, String town) {
        await().atMost(Duration.ofSeconds(20)).until(() -> task(measure, ImplementationProcess.TASK_PROGRESS_REPORT, "member-" + town)
                != null);
        lifecycle.complete("km-" + town, task(measure, ImplementationProcess.TASK_PROGRESS_REPORT, "member-" + town), Map.of(
                "progressPercent", 100, "progressStatus", "ON_TRACK", "spentEur", 1000, "progressText",
                "Umgesetzt.", "finalReport", true));
        await().atMost(Duration.ofSeconds(20)).until(() -> acceptTask(measure, town) != null);
        lifecycle.complete("coordinator", acceptTask(measure, town), Map.of("acceptDecision", "ACCEPT"));
    }

    /** The open task of this key for the measure in this candidate group. */
    public Task task(Measure measure, String key, String group) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(measure.getReference())
                .taskDefinitionKey(key).taskCandidateGroup(group).singleResult();
    }

    /** The coordinator's acceptance of the town's final report (its name carries the town's name). */
    private Task acceptTask(Measure measure, String town) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(measure.getReference())
                .taskDefinitionKey(ImplementationProcess.TASK_ACCEPT_FINAL_REPORT).list().stream()
                .filter(t -> town.equals(engine.getTaskService().getVariable(t.getId(), "member"))).findFirst()
                .orElse(null);
    }

    /** Waits for the payer's payment task (settlement open, overruns confirmed). */
    public Task paymentTask(Measure measure, String payer) {
        await().atMost(Duration.ofSeconds(20)).until(() -> task(measure, SettlementProcess.TASK_CONFIRM_PAYMENT, "member-" + payer)
                != null);
        return task(measure, SettlementProcess.TASK_CONFIRM_PAYMENT, "member-" + payer);
    }

    public ResponseEntity<String> post(String user, String path, Object body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        try {
            return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST,
                    new HttpEntity<>(json.writeValueAsString(body), headers), String.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public ResponseEntity<String> delete(String user, String path) {
        return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.DELETE, HttpEntity.EMPTY, String.class);
    }

    public JsonNode get(String user, String path) {
        var response = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(path + ": " + response.getBody()).isTrue();
        try {
            return json.readTree(response.getBody());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A member's line of a settlement resource. */
    public static JsonNode member(JsonNode settlement, String member) {
        for (JsonNode m : settlement.get("members")) {
            if (m.get("member").asText().equals(member)) {
                return m;
            }
        }
        throw new AssertionError(member);
    }

    /** A cost recorded through the API (201 expected). */
    public void cost(String user, Measure measure, int daysAgo, String amount, String description) {
        var response = post(user, "/api/measures/" + measure.getReference() + "/costs", Map.of("date",
                today.minusDays(daysAgo).toString(), "amountEur", amount, "description", description,
                "invoiceNumber", "RE-" + daysAgo));
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    }
}
