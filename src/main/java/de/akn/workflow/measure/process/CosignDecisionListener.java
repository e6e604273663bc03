package de.akn.workflow.measure.process;

import de.akn.workflow.measure.CosigningService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CosignDecision}: created → the town is asked (mail with the deadline) and sees its
 * prospective share; completed → its decision is validated and recorded on its participation.
 */
@Component("cosignDecisionListener")
class CosignDecisionListener implements TaskListener {

    private final CosigningService cosigning;

    CosignDecisionListener(CosigningService cosigning) {
        this.cosigning = cosigning;
    }

    @Override
    public void notify(DelegateTask task) {
        String member = (String) task.getVariable("member");
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            var share = cosigning.cosignRequested(TaskActor.measureId(task), member, task.getId(), task.getDueDate());
            if (share != null) {
                task.setVariable("prospectiveCostShareEur", share.costEur().doubleValue());
                task.setVariable("prospectiveStaffDaysShare", share.staffDays().doubleValue());
            }
            task.setVariable("cosignDue", task.getDueDate());
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            var decision = cosigning.recordDecision(TaskActor.measureId(task), member,
                    task.getVariable("cosignDecision"), task.getVariable("cosignComment"),
                    task.getVariable("councilMeetingDate"), TaskActor.of(task));
            task.setVariable("cosignDecision", decision.name());
        }
    }
}
