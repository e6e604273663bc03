package de.akn.workflow.review.process;

import static de.akn.workflow.review.ReviewProcess.REVIEW_COMMENT;
import static de.akn.workflow.review.ReviewProcess.REVIEW_DECISION;
import static de.akn.workflow.review.ReviewProcess.REVISION_ROUND;

import de.akn.workflow.common.TaskActor;
import de.akn.workflow.measure.JointMeasureProcess;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureProposals;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureVariables;
import de.akn.workflow.measure.ProposalFormRows;
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
        // input: the measure as it is, what the form was filled with (the task's own rows) and what was submitted
        // (complete: on the execution; submit-form: on the task), the execution's values winning
        Long measureId = JointMeasureProcess.measureId(task);
        var execution = task.getExecution();
        Measure current = measures.get(measureId);
        var submitted = new HashMap<String, Object>(MeasureVariables.fields(current));
        submitted.putAll(task.getVariablesLocal());
        submitted.putAll(execution.getVariables());
        var proposal = reader.readRevision(ProposalFormRows.withLists(MeasureVariables.plain(submitted)), current);
        // processing
        var measure = proposals.revise(measureId, proposal, TaskActor.of(task));
        // output: the submitted fields leave the process (the forms read the measure, ADR 0015), title and category
        // follow the change (Tasklist's list, joint-measure's gateway), the decision is cleared for the next review
        execution.removeVariables(MeasureVariables.FORM_ONLY);
        execution.setVariables(MeasureVariables.revised(measure));
        execution.setVariable(REVIEW_DECISION, null);
        execution.setVariable(REVIEW_COMMENT, null);
        Object round = execution.getVariable(REVISION_ROUND);
        execution.setVariable(REVISION_ROUND, round instanceof Number n ? n.intValue() + 1 : 1);
    }
}
