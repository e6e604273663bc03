package de.akn.workflow.production.process;

import static de.akn.workflow.production.ProductionProcess.CONTRIBUTION_TEXT;
import static de.akn.workflow.production.ProductionProcess.MEMBER;
import static de.akn.workflow.production.ProductionProcess.UPLOAD_URL;

import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.TaskActor;
import de.akn.workflow.measure.JointMeasureProcess;
import de.akn.workflow.production.ProductionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_Contribution}: created → the signer is asked (mail with the deadline and the upload
 * address); completed → its text is validated and stored. The text is a variable of the town's own
 * instance of the multi-instance, so that no town's form shows another town's text.
 */
@Component("contributionListener")
class ContributionListener implements TaskListener {

    private final ProductionService production;

    ContributionListener(ProductionService production) {
        this.production = production;
    }

    @Override
    public void notify(DelegateTask task) {
        String member = (String) task.getVariable(MEMBER);
        Long measureId = JointMeasureProcess.measureId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            // local to this town's instance: the submitted text lands here, no other town's form shows it
            task.getExecution().setVariableLocal(CONTRIBUTION_TEXT, null);
            task.setVariableLocal(UPLOAD_URL, production.contributionRequested(measureId, member, task.getId(),
                    task.getDueDate()));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            production.submitContribution(measureId, member, Inputs.text(task.getVariable(CONTRIBUTION_TEXT)),
                    TaskActor.of(task));
        }
    }
}
