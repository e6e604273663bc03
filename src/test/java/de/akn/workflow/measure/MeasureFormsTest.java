package de.akn.workflow.measure;

import static org.assertj.core.api.Assertions.assertThat;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.cosigning.CosigningProcess;
import de.akn.workflow.review.ReviewProcess;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.MeasureLifecycle;
import de.akn.workflow.support.TestProposals;
import de.akn.workflow.support.Users;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The measure's tasks show the measure as it is (the forms' read model) while the processes carry
 * only its ids and what Tasklist's lists show (issue #27: the display values were copied into every
 * sub-process); what a form only shows is never written back.
 */
class MeasureFormsTest extends AknIntegrationTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    MeasureService measures;
    @Autowired
    TransactionTemplate tx;

    private MeasureLifecycle lifecycle;
    private Users users;

    @BeforeEach
    void init() {
        lifecycle = new MeasureLifecycle(engine, measures, tx);
        users = new Users(engine.getIdentityService(), engine.getTaskService());
    }

    @Test
    void shouldShowTheMeasureInATownsFormWithoutCopyingItIntoTheProcesses() {
        Measure measure = lifecycle.approved("km-kaarst", TestProposals.climateWeek());
        Task dormagen = cosignTask(measure, "dormagen");

        // the form Dormagen's climate manager opens (Tasklist loads it as form variables) shows the measure
        var form = users.as("km-dormagen", () -> engine.getFormService().getTaskFormVariables(dormagen.getId()));
        assertThat(form.get("title")).isEqualTo("Gemeinsame Klimawoche 2027");
        assertThat(form.get("reference")).isEqualTo(measure.getReference());
        assertThat((String) form.get("leadMemberName")).contains("Kaarst");
        assertThat((String) form.get("invitedMemberNames")).contains("Dormagen").contains("Meerbusch");
        assertThat(form.get("estimatedCostText")).isEqualTo(GermanFormat.money(new BigDecimal("12000")));
        assertThat(form.get("budgetText")).isEqualTo("2027: " + GermanFormat.money(new BigDecimal("12000")));
        assertThat(form.get("fundingPlanned")).isEqualTo(false);
        assertThat(form.get("summary")).asString().startsWith("Eine Woche mit Aktionen");
        assertThat(form.get("memberName")).asString().contains("Dormagen");
        Map<String, Object> display = tx.execute(status -> MeasureVariables.display(measures.get(measure.getId()),
                measures.memberIndex()));
        assertThat(display).as("the names the submitted forms drop").containsOnlyKeys(MeasureVariables.DISPLAY_NAMES);
        Map<String, Object> kept = tx.execute(status -> MeasureVariables.process(measures.get(measure.getId()),
                measures.memberIndex()));
        assertThat(kept).as("the names a revision keeps").containsOnlyKeys(MeasureVariables.PROCESS_NAMES);

        // the processes hold the ids and the list columns, not the texts
        ProcessInstance joint = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(measure.getReference()).processDefinitionKey(JointMeasureProcess.PROCESS_KEY)
                .singleResult();
        for (String instance : new String[] {joint.getId(), dormagen.getProcessInstanceId()}) {
            assertThat(engine.getRuntimeService().getVariables(instance))
                    .containsEntry("measureId", measure.getId()).containsEntry("title", "Gemeinsame Klimawoche 2027")
                    .containsKey("leadMemberName")
                    .doesNotContainKeys("summary", "estimatedCostText", "budgetText", "invitedMemberNames", "categoryLabel",
                            "netCostText", "plannedStart");
        }
    }

    @Test
    void shouldNotWriteBackWhatATownsFormOnlyShows() {
        Measure measure = lifecycle.approved("km-kaarst", TestProposals.climateWeek());
        Task dormagen = cosignTask(measure, "dormagen");

        // Tasklist submits the read-only fields too; here changed, as a crafted request could
        users.as("km-dormagen", () -> {
            engine.getFormService().submitTaskForm(dormagen.getId(), Map.of("cosignDecision", "COSIGN",
                    "title", "Eine andere Maßnahme", "summary", "Anders", "estimatedCostText", "1,00 €"));
            return null;
        });

        assertThat(lifecycle.reload(measure).participationOf("dormagen").orElseThrow().getStatus())
                .isEqualTo(ParticipationStatus.COSIGNED);
        assertThat(lifecycle.reload(measure).getTitle()).isEqualTo("Gemeinsame Klimawoche 2027");
        assertThat(engine.getRuntimeService().getVariables(dormagen.getProcessInstanceId()))
                .containsEntry("title", "Gemeinsame Klimawoche 2027").doesNotContainKeys("summary", "estimatedCostText");
        var meerbusch = cosignTask(measure, "meerbusch");
        assertThat(users.as("km-meerbusch", () -> engine.getFormService().getTaskFormVariables(meerbusch.getId()))
                .get("title")).isEqualTo("Gemeinsame Klimawoche 2027");
    }

    @Test
    void shouldShowARevisedMeasureInTheListsAndFormsThatFollow() {
        Measure measure = lifecycle.propose("km-kaarst", TestProposals.climateWeek());
        lifecycle.complete("coordinator", lifecycle.task(measure, ReviewProcess.TASK_FORMAL_REVIEW),
                Map.of("reviewDecision", "REVISE", "reviewComment", "Bitte den Titel schärfen."));
        Task revise = lifecycle.task(measure, ReviewProcess.TASK_REVISE_PROPOSAL);
        var shown = users.as("km-kaarst", () -> engine.getFormService().getTaskFormVariables(revise.getId()));
        assertThat(shown.get("title")).isEqualTo("Gemeinsame Klimawoche 2027");
        assertThat(shown.get("estimatedCostEur")).isEqualTo(12000.0);

        // the revision form edits the measure: its fields count, the texts it shows do not
        var form = new java.util.HashMap<String, Object>();
        for (String field : new String[] {"summary", "sdgs", "estimatedCostEur", "estimatedStaffDays",
                "co2SavingsTonnesPerYear", "costSplit", "implementation", "plannedStart", "plannedEnd", "co2Method",
                "co2LifetimeYears", "eeaField", "budgetYear1", "budgetAmount1", "leadMemberName", "reference"}) {
            form.put(field, shown.get(field));
        }
        form.put("title", "Klimawoche 2027 im Rhein-Kreis");
        form.put("category", "MOBILITY");
        form.put("estimatedCostText", "1,00 €");
        users.as("km-kaarst", () -> {
            engine.getFormService().submitTaskForm(revise.getId(), form);
            return null;
        });

        Measure revised = lifecycle.reload(measure);
        assertThat(revised.getTitle()).isEqualTo("Klimawoche 2027 im Rhein-Kreis");
        assertThat(revised.getCategory()).isEqualTo(MeasureCategory.MOBILITY);
        assertThat(revised.getEstimatedCostEur()).isEqualByComparingTo("12000");
        Task formal = lifecycle.task(measure, ReviewProcess.TASK_FORMAL_REVIEW);
        assertThat(engine.getRuntimeService().getVariables(formal.getProcessInstanceId()))
                .containsEntry("title", "Klimawoche 2027 im Rhein-Kreis")
                .doesNotContainKeys("summary", "estimatedCostEur", "estimatedCostText", "budgetYear1");
        assertThat(users.as("coordinator", () -> engine.getFormService().getTaskFormVariables(formal.getId()))
                .get("categoryLabel")).isEqualTo(MeasureCategory.MOBILITY.label());

        // approved: the co-signing (Tasklist's list column) and joint-measure's gateway know the new title and field
        lifecycle.complete("coordinator", formal, Map.of("reviewDecision", "APPROVE"));
        Task dormagen = cosignTask(measure, "dormagen");
        assertThat(engine.getRuntimeService().getVariable(dormagen.getProcessInstanceId(), "title"))
                .isEqualTo("Klimawoche 2027 im Rhein-Kreis");
        ProcessInstance joint = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(measure.getReference()).processDefinitionKey(JointMeasureProcess.PROCESS_KEY)
                .singleResult();
        assertThat(engine.getRuntimeService().getVariables(joint.getId())).containsEntry("category", "MOBILITY")
                .containsEntry("title", "Klimawoche 2027 im Rhein-Kreis");
    }

    private Task cosignTask(Measure measure, String town) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> lifecycle.cosignTask(measure, town) != null);
        Task task = lifecycle.cosignTask(measure, town);
        assertThat(task.getTaskDefinitionKey()).isEqualTo(CosigningProcess.TASK_COSIGN_DECISION);
        return task;
    }
}
