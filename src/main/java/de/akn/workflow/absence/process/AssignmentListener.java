package de.akn.workflow.absence.process;

import de.akn.workflow.common.Dates;
import de.akn.workflow.absence.DeputyRouting;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On every user task ({@link AbsenceEnginePlugin}), when it is created with an assignee or assigned:
 * a town's task stays with that town's people, and a task assigned to someone who is away goes to
 * the deputy — unless the person takes it over itself.
 */
@Component("assignmentListener")
class AssignmentListener implements TaskListener {

    private final DeputyRouting routing;

    AssignmentListener(DeputyRouting routing) {
        this.routing = routing;
    }

    @Override
    public void notify(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee == null) {
            return;
        }
        routing.checkAssignee(task);
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        boolean takenOverItself = authentication != null && assignee.equals(authentication.getUserId());
        if (!takenOverItself) {
            routing.absenceOn(assignee, Dates.today()).ifPresent(absence -> {
                task.setAssignee(absence.getDeputy());
                routing.handedOver(task, absence);
            });
        }
    }
}
