package de.akn.workflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.review.ReviewProcess;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.MeasureLifecycle;
import de.akn.workflow.support.TestProposals;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** What operators rely on: metrics on /actuator/prometheus, the reference in the logs, history cleanup. */
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest extends AknIntegrationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MeasureService measures;
    @Autowired
    TransactionTemplate tx;

    @Test
    void shouldExposeOutboxJobAndIncidentMetricsForPrometheus() {
        var response = rest.withBasicAuth("coordinator", "demo").getForEntity("/actuator/prometheus", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("akn_outbox_pending ", "akn_outbox_failed ",
                "akn_outbox_oldest_pending_age_seconds ", "akn_camunda_jobs_executable ", "akn_camunda_jobs_failed ",
                "akn_camunda_incidents_open ", "akn_camunda_incidents_open_by_type{type=\"E-Mail-Zustellung\"}",
                "akn_camunda_incidents_open_by_type{type=\"failedJob\"}");
        assertThat(rest.withBasicAuth("km-kaarst", "demo").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void shouldLogTheMeasureReferenceWithEveryStep(CapturedOutput output) {
        var lifecycle = new MeasureLifecycle(engine, measures, tx);
        Measure measure = lifecycle.propose("km-juechen", TestProposals.with(TestProposals.climateWeek(),
                "invitedMembers", java.util.List.of("kaarst")));
        lifecycle.complete("coordinator", lifecycle.task(measure, ReviewProcess.TASK_FORMAL_REVIEW),
                Map.of("reviewDecision", "APPROVE"));

        String ref = measure.getReference();
        assertThat(output.getOut().lines().filter(l -> l.contains("[" + ref + "]")))
                .anyMatch(l -> l.contains(ref + " PROPOSED by km-juechen"))
                .anyMatch(l -> l.contains(ref + " APPROVED by coordinator"));
    }

    @Test
    void shouldCleanUpHistoryAtNightAndKeepEveryDefinitionForAKnownTime() {
        var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(config.getLoggingContextBusinessKey()).isEqualTo("reference");
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().list())
                .isNotEmpty().allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isPositive());
        assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().list())
                .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isPositive());
    }
}
