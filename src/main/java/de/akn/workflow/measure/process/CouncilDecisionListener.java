package de.akn.workflow.measure.process;

import de.akn.workflow.measure.CosigningService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_RecordCouncilDecision}: created → mail with the meeting; completed → the council's decision. */
@Component("councilDecisionListener")
class CouncilDecisionListener implements TaskListener {

    private final CosigningService cosigning;

    CouncilDecisionListener(CosigningService cosigning) {
        this.cosigning = cosigning;
    }

    @Override
    public void notify(DelegateTask task) {
        String member = (String) task.getVariable("member");
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            cosigning.councilDecisionRequested(TaskActor.measureId(task), member, task.getId());
            task.setVariable("cosignDue", task.getDueDate());
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            var decision = cosigning.recordCouncilDecision(TaskActor.measureId(task), member,
                    task.getVariable("councilDecision"), task.getVariable("cosignComment"), TaskActor.of(task));
            task.setVariable("councilDecision", decision.name());
        }
    }
}
