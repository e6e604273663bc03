package de.akn.workflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.cosigning.CosigningProcess;
import de.akn.workflow.implementation.ImplementationProcess;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.review.ReviewProcess;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.MeasureLifecycle;
import de.akn.workflow.support.TestProposals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An upgrade with measures in flight (issue #17): measures wait at every kind of task when a release
 * brings new versions of the review, co-signing and implementation processes. Old instances finish on
 * their version, new ones start on the new one, and {@link ProcessMigration} (the README's upgrade
 * step, {@code POST /api/operations/migrations/{process}}) moves the waiting instances to the new
 * version; every measure then goes on to COMPLETED. Runs in a JVM of its own (it deploys versions).
 */
@Tag("ops")
class UpgradeTest extends AknIntegrationTest {

    static final Map<String, List<String[]>> RELEASE = Map.of(
            "measure-review", List.<String[]>of(new String[] {"Vorschlag prüfen: ", "Vorschlag prüfen (Koordination): "}),
            "measure-cosigning", List.<String[]>of(new String[] {"\"Mitzeichnung: ", "\"Mitzeichnung der Kommune: "}),
            "measure-implementation", List.<String[]>of(new String[] {"Abschlussbericht abnehmen: ",
                "Abschlussbericht prüfen und abnehmen: "}));

    @Autowired
    ProcessEngine engine;
    @Autowired
    MeasureService measures;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ProcessMigration migration;

    MeasureLifecycle lifecycle;

    @BeforeEach
    void lifecycle() {
        lifecycle = new MeasureLifecycle(engine, measures, tx);
    }

    @Test
    void shouldFinishOldInstancesStartNewOnesOnTheNewVersionAndMigrateWaitingOnes() throws Exception {
        // Given measures waiting at review, co-signing, the council, a report and the acceptance
        Measure review = propose();
        Measure cosign = approved();
        Measure oldCosign = approved();
        Measure council = approved();
        complete("km-meerbusch", council, CosigningProcess.TASK_COSIGN_DECISION, Map.of("cosignDecision", "COUNCIL_PENDING",
                "councilMeetingDate", de.akn.workflow.support.MeetingDays.meetingText(30)));
        complete("km-dormagen", council, CosigningProcess.TASK_COSIGN_DECISION, Map.of("cosignDecision", "COSIGN"));
        Measure report = lifecycle.adopted("km-kaarst", proposal());
        Measure accept = lifecycle.adopted("km-kaarst", proposal());
        complete("km-kaarst", accept, ImplementationProcess.TASK_PROGRESS_REPORT, finalReport());
        lifecycle.task(accept, ImplementationProcess.TASK_ACCEPT_FINAL_REPORT);
        assertThat(version(review, "measure-review")).isEqualTo(1);

        // When a release deploys new versions (new task names, as a release would bring)
        deployRelease();

        // Then an old instance finishes on its version …
        cosignBoth(oldCosign);
        lifecycle.awaitStatus(oldCosign, MeasureStatus.ADOPTED);
        // (the round ends right after the adoption, in a job of its own)
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> engine
                .getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(oldCosign.getReference())
                .processDefinitionKey("measure-cosigning").count() == 0);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(
                oldCosign.getReference()).processDefinitionKey("measure-cosigning").singleResult()
                .getProcessDefinitionVersion()).as("finished on its version").isEqualTo(1);
        // … and a new measure starts on the new one
        Measure fresh = propose();
        assertThat(version(fresh, "measure-review")).isEqualTo(2);
        assertThat(lifecycle.task(fresh, ReviewProcess.TASK_FORMAL_REVIEW).getName()).startsWith("Vorschlag prüfen (Koordination)");

        // When the waiting instances are migrated (first checked, then done)
        var check = migration.migrateToLatest("measure-cosigning", true).orElseThrow();
        assertThat(check).singleElement().satisfies(r -> {
            assertThat(r.instances()).isEqualTo(2);
            assertThat(r.migrated()).isZero();
            assertThat(r.problems()).isEmpty();
        });
        for (String process : List.of("measure-review", "measure-cosigning", "measure-implementation")) {
            var results = migration.migrateToLatest(process, false).orElseThrow();
            assertThat(results).as(process).allSatisfy(r -> {
                assertThat(r.problems()).isEmpty();
                assertThat(r.migrated()).isEqualTo(r.instances());
                assertThat(r.toVersion()).isEqualTo(2);
            });
        }
        assertThat(migration.migrateToLatest("no-such-process", true)).isEmpty();

        // Then they run on the new version and every measure goes on to the end
        assertThat(version(review, "measure-review")).isEqualTo(2);
        assertThat(version(cosign, "measure-cosigning")).isEqualTo(2);
        assertThat(version(council, "measure-cosigning")).isEqualTo(2);
        assertThat(version(report, "measure-implementation")).isEqualTo(2);
        assertThat(version(accept, "measure-implementation")).isEqualTo(2);
        complete("coordinator", review, ReviewProcess.TASK_FORMAL_REVIEW, Map.of("reviewDecision", "APPROVE"));
        complete("km-kaarst", review, CosigningProcess.TASK_COSIGN_DECISION, Map.of("cosignDecision", "COSIGN"));
        for (Measure m : List.of(review, cosign)) {
            cosignBoth(m);
        }
        complete("km-meerbusch", council, CosigningProcess.TASK_RECORD_COUNCIL_DECISION, Map.of("councilDecision", "COSIGN"));
        for (Measure m : List.of(review, cosign, council, report, oldCosign)) {
            lifecycle.awaitStatus(m, MeasureStatus.ADOPTED);
            complete("km-kaarst", m, ImplementationProcess.TASK_PROGRESS_REPORT, finalReport());
        }
        for (Measure m : List.of(review, cosign, council, report, oldCosign, accept)) {
            var task = lifecycle.task(m, ImplementationProcess.TASK_ACCEPT_FINAL_REPORT);
            if (m != accept) {
                assertThat(task.getName()).as("created on the new version").startsWith(
                        "Abschlussbericht prüfen und abnehmen");
            }
            lifecycle.complete("coordinator", task, Map.of("acceptDecision", "ACCEPT"));
        }
        for (Measure m : List.of(review, cosign, council, report, oldCosign, accept)) {
            assertThat(lifecycle.awaitStatus(m, MeasureStatus.COMPLETED).getStatus()).isEqualTo(MeasureStatus.COMPLETED);
        }
    }

    private void deployRelease() throws Exception {
        var deployment = engine.getRepositoryService().createDeployment().name("akn-workflow release 2")
                .source("UpgradeTest");
        for (var change : RELEASE.entrySet()) {
            String bpmn = Files.readString(Path.of("bpmn", change.getKey() + ".bpmn"));
            for (String[] replace : change.getValue()) {
                assertThat(bpmn).contains(replace[0]);
                bpmn = bpmn.replace(replace[0], replace[1]);
            }
            deployment.addString(change.getKey() + ".bpmn", bpmn);
        }
        try (Stream<Path> forms = Files.list(Path.of("bpmn"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
                deployment.addString(form.getFileName().toString(), Files.readString(form));
            }
        }
        deployment.deploy();
    }

    private int version(Measure measure, String processKey) {
        var instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(
                measure.getReference()).processDefinitionKey(processKey).singleResult();
        return engine.getRepositoryService().getProcessDefinition(instance.getProcessDefinitionId()).getVersion();
    }

    private Measure propose() {
        return lifecycle.propose("km-kaarst", proposal());
    }

    /** Approved, and co-signed by the lead town (Kaarst). */
    private Measure approved() {
        Measure measure = propose();
        complete("coordinator", measure, ReviewProcess.TASK_FORMAL_REVIEW, Map.of("reviewDecision", "APPROVE"));
        complete("km-kaarst", measure, CosigningProcess.TASK_COSIGN_DECISION, Map.of("cosignDecision", "COSIGN"));
        return measure;
    }

    private void cosignBoth(Measure measure) {
        complete("km-dormagen", measure, CosigningProcess.TASK_COSIGN_DECISION, Map.of("cosignDecision", "COSIGN"));
        complete("km-meerbusch", measure, CosigningProcess.TASK_COSIGN_DECISION, Map.of("cosignDecision", "COSIGN"));
    }

    /** Completes the measure's open task of this key as the user (a town's own co-sign task), waiting for it. */
    private void complete(String user, Measure measure, String taskKey, Map<String, Object> values) {
        java.util.function.Supplier<org.camunda.bpm.engine.task.Task> open = () -> {
            var query = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(measure.getReference())
                    .taskDefinitionKey(taskKey);
            if (taskKey.equals(CosigningProcess.TASK_COSIGN_DECISION) || taskKey.equals(CosigningProcess.TASK_RECORD_COUNCIL_DECISION)) {
                query.taskCandidateGroup("member-" + user.substring("km-".length()));
            }
            return query.singleResult();
        };
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> open.get() != null);
        lifecycle.complete(user, open.get(), values);
    }

    private static Map<String, Object> proposal() {
        return TestProposals.with(TestProposals.climateWeek(), "invitedMembers", List.of("dormagen", "meerbusch"));
    }

    private static Map<String, Object> finalReport() {
        return Map.of("progressPercent", 100, "progressStatus", "ON_TRACK", "spentEur", 11000d, "progressText",
                "Abgeschlossen.", "finalReport", true);
    }
}
