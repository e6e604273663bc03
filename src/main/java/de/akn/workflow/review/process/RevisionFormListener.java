package de.akn.workflow.review.process;

import de.akn.workflow.measure.JointMeasureProcess;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.ProposalFormRows;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReviseProposal} created: the proposal form's rows of budget years and funding, filled from the
 * measure, as the task's own variables — the one form that edits them; the processes do not carry them.
 */
@Component("revisionFormListener")
class RevisionFormListener implements TaskListener {

    private final MeasureService measures;

    RevisionFormListener(MeasureService measures) {
        this.measures = measures;
    }

    @Override
    public void notify(DelegateTask task) {
        // an instance started before the rows left the processes still carries them: they would shadow the form's
        task.getExecution().removeVariables(ProposalFormRows.NAMES);
        task.setVariablesLocal(ProposalFormRows.of(measures.get(JointMeasureProcess.measureId(task))));
    }
}
