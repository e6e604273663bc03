package de.akn.workflow.common;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** Who completes a task: the authenticated user, else the assignee, else the system. */
public final class TaskActor {

    private TaskActor() {
    }

    public static String of(DelegateTask task) {
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "system";
    }

}
