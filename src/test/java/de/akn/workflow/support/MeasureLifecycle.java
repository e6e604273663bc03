package de.akn.workflow.support;

import static org.awaitility.Awaitility.await;

import de.akn.workflow.cosigning.CosigningProcess;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureProposals;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.ProposalReader;
import de.akn.workflow.measure.Viewer;
import de.akn.workflow.publicsite.PublicationProcess;
import de.akn.workflow.review.ReviewProcess;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.springframework.transaction.support.TransactionTemplate;

/** Moves a measure through its life as the users would: propose, approve, co-sign, report. */
public final class MeasureLifecycle {

    private final ProcessEngine engine;
    private final MeasureService measures;
    private final TransactionTemplate tx;
    private final Users users;

    public MeasureLifecycle(ProcessEngine engine, MeasureService measures, TransactionTemplate tx) {
        this.engine = engine;
        this.measures = measures;
        this.tx = tx;
        this.users = new Users(engine.getIdentityService(), engine.getTaskService());
    }

    public Measure propose(String proposer, Map<String, Object> proposal) {
        return users.as(proposer, () -> tx.execute(s -> bean(MeasureProposals.class).propose(
                bean(ProposalReader.class).read(proposal, proposer))));
    }

    /** Proposed and approved by the coordinator: the co-signing has started (the towns' tasks may follow). */
    public Measure approved(String proposer, Map<String, Object> proposal) {
        Measure measure = propose(proposer, proposal);
        complete("coordinator", task(measure, ReviewProcess.TASK_FORMAL_REVIEW), Map.of("reviewDecision", "APPROVE"));
        return measure;
    }

    /**
     * Proposed and approved by the coordinator; the lead town (as the proposer) and every invited town
     * (km-&lt;town&gt;) co-sign: ADOPTED.
     */
    @SuppressWarnings("unchecked")
    public Measure adopted(String proposer, Map<String, Object> proposal) {
        Measure measure = approved(proposer, proposal);
        cosign(proposer, measure, measure.getLeadMember());
        for (String town : (List<String>) proposal.get("invitedMembers")) {
            cosign("km-" + town, measure, town);
        }
        return awaitStatus(measure, MeasureStatus.ADOPTED);
    }

    /** Adopted, then released for the public site by the coordination (with its own summary). */
    public Measure published(String proposer, Map<String, Object> proposal) {
        Measure measure = adopted(proposer, proposal);
        release(measure, "Öffentliche Kurzbeschreibung: " + measure.getSummary());
        return reload(measure);
    }

    /** The coordination releases the measure for the public site (waits for its task). */
    public void release(Measure measure, String publicSummary) {
        complete("coordinator", task(measure, PublicationProcess.TASK_RELEASE), Map.of("publicationDecision", "RELEASE",
                "publicSummary", publicSummary));
    }

    /** The town's user co-signs (waits up to 20 s for the town's co-sign task). */
    public void cosign(String user, Measure measure, String town) {
        decide(user, measure, town, Map.of("cosignDecision", "COSIGN"));
    }

    /** The town's user completes the town's co-sign task with these variables (waits up to 20 s for it). */
    public void decide(String user, Measure measure, String town, Map<String, Object> variables) {
        await().atMost(Duration.ofSeconds(20)).until(() -> cosignTask(measure, town) != null);
        complete(user, cosignTask(measure, town), variables);
    }

    /** The one open task of this definition key for the measure (waits for it up to 20 s). */
    public Task task(Measure measure, String taskDefinitionKey) {
        await().atMost(Duration.ofSeconds(20)).until(() -> openTask(measure, taskDefinitionKey) != null);
        return openTask(measure, taskDefinitionKey);
    }

    public Task openTask(Measure measure, String taskDefinitionKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(measure.getReference())
                .taskDefinitionKey(taskDefinitionKey).singleResult();
    }

    public void complete(String user, Task task, Map<String, Object> variables) {
        users.complete(user, task, variables);
    }

    public Measure awaitStatus(Measure measure, MeasureStatus status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> reload(measure).getStatus() == status);
        return reload(measure);
    }

    public Measure reload(Measure measure) {
        return measures.find(measure.getReference(), new Viewer("test", true, List.of())).orElseThrow();
    }

    /** The town's climate manager (km-&lt;town&gt;) confirms its share above its ceiling (waits up to 20 s for the task). */
    public void acceptShare(Measure measure, String town) {
        await().atMost(Duration.ofSeconds(20)).until(() -> confirmShareTask(measure, town) != null);
        complete("km-" + town, confirmShareTask(measure, town), Map.of("shareConfirmation", "ACCEPT"));
    }

    public Task confirmShareTask(Measure measure, String town) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(measure.getReference())
                .taskDefinitionKey(CosigningProcess.TASK_CONFIRM_SHARE).taskCandidateGroup("member-" + town).singleResult();
    }

    public Task cosignTask(Measure measure, String town) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(measure.getReference())
                .taskDefinitionKey(CosigningProcess.TASK_COSIGN_DECISION).taskCandidateGroup("member-" + town).singleResult();
    }

    /** A bean of the engine's Spring context (the engine's artifact factory looks it up there). */
    private <T> T bean(Class<T> type) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getArtifactFactory()
                .getArtifact(type);
    }
}
