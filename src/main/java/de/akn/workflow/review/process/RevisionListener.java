package de.akn.workflow.review.process;

import static de.akn.workflow.review.ReviewProcess.REVIEW_COMMENT;
import static de.akn.workflow.review.ReviewProcess.REVIEW_DECISION;
import static de.akn.workflow.review.ReviewProcess.REVISION_ROUND;

import de.akn.workflow.common.TaskActor;
import de.akn.workflow.measure.JointMeasureProcess;
import de.akn.workflow.measure.MeasureProposals;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureVariables;
import de.akn.workflow.measure.Proposal;
import de.akn.workflow.measure.ProposalReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
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
        var submitted = new HashMap<String, Object>(MeasureVariables.fields(measures.get(measureId)));
        submitted.putAll(task.getVariablesLocal());
        submitted.putAll(execution.getVariables());
        var fields = MeasureVariables.withRows(MeasureVariables.plain(submitted));
        var proposal = reader.readRevision(fields, measures.get(measureId));
        // processing
        var measure = proposals.revise(measureId, proposal, TaskActor.of(task));
        // output: the submitted fields leave the process (the forms read the measure), the list columns and the
        // category (joint-measure's gateways) follow the change, the previous decision is cleared for the next review
        var submittedFields = new HashSet<>(MeasureVariables.fields(measure).keySet());
        submittedFields.addAll(MeasureVariables.PROPOSAL_ROW_NAMES);
        submittedFields.removeAll(Set.of(JointMeasureProcess.TITLE, Proposal.CATEGORY));
        execution.removeVariables(submittedFields);
        execution.setVariable(JointMeasureProcess.TITLE, measure.getTitle());
        execution.setVariable(Proposal.CATEGORY, measure.getCategory().name());
        execution.setVariable(REVIEW_DECISION, null);
        execution.setVariable(REVIEW_COMMENT, null);
        Object round = execution.getVariable(REVISION_ROUND);
        execution.setVariable(REVISION_ROUND, round instanceof Number n ? n.intValue() + 1 : 1);
    }
}
