package de.akn.workflow.review.process;

import static de.akn.workflow.review.ReviewProcess.REVIEW_COMMENT;
import static de.akn.workflow.review.ReviewProcess.REVIEW_DECISION;
import static de.akn.workflow.review.ReviewProcess.REVISION_ROUND;

import de.akn.workflow.common.TaskActor;
import de.akn.workflow.measure.JointMeasureProcess;
import de.akn.workflow.measure.MeasureProposals;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureVariables;
import de.akn.workflow.measure.ProposalReader;
import java.util.HashMap;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ReviseProposal} completed: the proposer's changes, validated like a new proposal. */
@Component("revisionListener")
class RevisionListener implements TaskListener {

    private final ProposalReader reader;
    private final MeasureProposals proposals;
    private final MeasureService measures;

    RevisionListener(ProposalReader reader, MeasureProposals proposals, MeasureService measures) {
        this.reader = reader;
        this.proposals = proposals;
        this.measures = measures;
    }

    @Override
    public void notify(DelegateTask task) {
        // input
        // the rows the form was filled with are the task's own; what was submitted lands on the execution
        // (complete) or on the task (submit-form): the execution's values win, then the rows leave the process
        var submitted = new HashMap<String, Object>(task.getVariables());
        submitted.putAll(task.getExecution().getVariables());
        var fields = MeasureVariables.withRows(MeasureVariables.plain(submitted));
        Long measureId = JointMeasureProcess.measureId(task);
        var proposal = reader.readRevision(fields, measures.get(measureId));
        // processing
        var measure = proposals.revise(measureId, proposal, TaskActor.of(task));
        // output: normalised values, the previous decision cleared for the next review
        var execution = task.getExecution();
        execution.setVariables(MeasureVariables.fields(measure));
        execution.removeVariables(MeasureVariables.proposalRowNames());
        execution.setVariable(REVIEW_DECISION, null);
        execution.setVariable(REVIEW_COMMENT, null);
        Object round = execution.getVariable(REVISION_ROUND);
        execution.setVariable(REVISION_ROUND, round instanceof Number n ? n.intValue() + 1 : 1);
    }
}
