package de.akn.workflow.process.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.List;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.akn.workflow.production.ProductionDueDates;
import de.akn.workflow.production.ProductionProcess;
import de.akn.workflow.production.ProductionService;

/**
 * measure-production.bpmn: every signing town contributes, the lead member uploads a draft, every signing
 * town approves it; with change requests the lead member uploads a new draft.
 */
@Deployment(resources = { ModelTest.BPMN + "measure-production.bpmn", ModelTest.BPMN + "contribution.form",
        ModelTest.BPMN + "upload-draft.form", ModelTest.BPMN + "approve-draft.form" })
class MeasureProductionModelTest extends ModelTest {

    private static final String PROCESS = "measure-production";
    private static final String START = "StartEvent_Production";
    private static final String TASK_CONTRIBUTION = ProductionProcess.TASK_CONTRIBUTION;
    private static final String TASK_UPLOAD_DRAFT = ProductionProcess.TASK_UPLOAD_DRAFT;
    private static final String TASK_APPROVE_DRAFT = ProductionProcess.TASK_APPROVE_DRAFT;
    private static final String DRAFT_ROUND = "ServiceTask_DraftRound";
    private static final String GATEWAY_APPROVED = "Gateway_DraftApproved";
    private static final String END_APPROVED = "End_Approved";

    private static final Date CONTRIBUTION_DUE = new Date(1_790_000_000_000L);
    private static final Date DRAFT_DUE = new Date(1_795_000_000_000L);
    private static final Date APPROVAL_DUE = new Date(1_800_000_000_000L);

    private TaskListener contributionListener;
    private TaskListener uploadDraftListener;
    private TaskListener approveDraftListener;
    private JavaDelegate draftRoundDelegate;

    /** The outcome of each draft round (the real delegate counts the approvals). */
    private final Deque<Boolean> draftApproved = new ArrayDeque<>();

    @BeforeEach
    void mocks() {
        when(bean("productionService", ProductionService.class).signers(1L)).thenReturn(List.of("kaarst", "dormagen"));
        ProductionDueDates dueDates = bean("productionDueDates", ProductionDueDates.class);
        when(dueDates.contribution()).thenReturn(CONTRIBUTION_DUE);
        when(dueDates.draft()).thenReturn(DRAFT_DUE);
        when(dueDates.approval()).thenReturn(APPROVAL_DUE);
        contributionListener = taskListener("contributionListener");
        uploadDraftListener = taskListener("uploadDraftListener");
        approveDraftListener = taskListener("approveDraftListener");
        draftRoundDelegate = delegate("draftRoundDelegate",
                execution -> execution.setVariable("draftApproved", draftApproved.pop()));
    }

    private ProcessInstance startProduction() {
        return runtimeService().startProcessInstanceByKey(PROCESS, "AKN-2026-001",
                withVariables("measureId", 1L, "reference", "AKN-2026-001", "leadMember", "kaarst"));
    }

    private void everyTownCompletes(ProcessInstance production, String activityId, Object... variables) {
        List<Task> tasks = taskQuery().processInstanceId(production.getId()).taskDefinitionKey(activityId).list();
        assertThat(tasks).hasSize(2);
        for (Task each : tasks) {
            complete(each, withVariables("note", "ok", variables));
            executeDueJobs();
        }
    }

    @Test
    void contributionsDraftAndApprovalByAll() throws Exception {
        // Given
        draftApproved.add(true);
        ProcessInstance production = startProduction();
        assertThat(taskOf(production, TASK_CONTRIBUTION, "member-dormagen")).hasDueDate(CONTRIBUTION_DUE)
                .hasName("Beitrag liefern: AKN-2026-001");

        // When: both towns contribute
        everyTownCompletes(production, TASK_CONTRIBUTION);

        // Then: the lead member uploads the draft
        assertThat(production).isWaitingAt(TASK_UPLOAD_DRAFT);
        assertThat(task(production)).hasCandidateGroup("member-kaarst").hasDueDate(DRAFT_DUE)
                .hasName("Entwurf hochladen: AKN-2026-001");

        // When
        complete(task(production), withVariables("draftFileId", 5L));

        // Then
        assertThat(taskOf(production, TASK_APPROVE_DRAFT, "member-dormagen")).hasDueDate(APPROVAL_DUE)
                .hasName("Entwurf freigeben: AKN-2026-001");
        verify(draftRoundDelegate, never()).execute(any());

        // When: both approve
        everyTownCompletes(production, TASK_APPROVE_DRAFT, "approved", true);

        // Then
        assertThat(production).hasPassedInOrder(START, TASK_CONTRIBUTION, TASK_UPLOAD_DRAFT, TASK_APPROVE_DRAFT,
                DRAFT_ROUND, GATEWAY_APPROVED, END_APPROVED).isEnded();
        verify(contributionListener, times(4)).notify(any());
        verify(uploadDraftListener, times(2)).notify(any());
        verify(approveDraftListener, times(4)).notify(any());
        verify(draftRoundDelegate).execute(any());
    }

    @Test
    void withChangeRequestsTheLeadMemberUploadsANewDraft() throws Exception {
        // Given
        draftApproved.add(false);
        draftApproved.add(true);
        ProcessInstance production = startProduction();
        everyTownCompletes(production, TASK_CONTRIBUTION);
        complete(task(production), withVariables("draftFileId", 5L));

        // When: a town asks for changes
        everyTownCompletes(production, TASK_APPROVE_DRAFT, "approved", false);

        // Then
        assertThat(production).isWaitingAt(TASK_UPLOAD_DRAFT);

        // When
        complete(task(production), withVariables("draftFileId", 6L));
        everyTownCompletes(production, TASK_APPROVE_DRAFT, "approved", true);

        // Then
        assertThat(production).hasPassedInOrder(TASK_UPLOAD_DRAFT, TASK_APPROVE_DRAFT, DRAFT_ROUND, GATEWAY_APPROVED,
                TASK_UPLOAD_DRAFT, TASK_APPROVE_DRAFT, DRAFT_ROUND, GATEWAY_APPROVED, END_APPROVED).isEnded();
        verify(draftRoundDelegate, times(2)).execute(any());
    }
}
