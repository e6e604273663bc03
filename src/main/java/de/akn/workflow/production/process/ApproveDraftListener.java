package de.akn.workflow.production.process;

import static de.akn.workflow.production.ProductionProcess.*;

import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.TaskActor;
import de.akn.workflow.measure.JointMeasureProcess;
import de.akn.workflow.production.DraftDecision;
import de.akn.workflow.production.ProductionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ApproveDraft}: created → the signer is asked to sign off the draft (mail with a link to
 * it); completed → its decision is validated (a comment for CHANGES) and recorded. Decision and comment
 * are variables of the signer's own instance of the multi-instance.
 */
@Component("approveDraftListener")
class ApproveDraftListener implements TaskListener {

    private final ProductionService production;

    ApproveDraftListener(ProductionService production) {
        this.production = production;
    }

    @Override
    public void notify(DelegateTask task) {
        String member = (String) task.getVariable(MEMBER);
        Long measureId = JointMeasureProcess.measureId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            // local to this town's instance: its decision lands here, not in the other towns' forms
            task.getExecution().setVariableLocal(DRAFT_APPROVAL, null);
            task.getExecution().setVariableLocal(DRAFT_COMMENT, null);
            production.approvalRequested(measureId, member, task.getId(), task.getDueDate(),
                    Inputs.text(task.getVariable(DRAFT_NOTE)));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            production.decideDraft(measureId, member, DraftDecision.of(task.getVariables()), TaskActor.of(task));
        }
    }
}
