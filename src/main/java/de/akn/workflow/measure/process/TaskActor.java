package de.akn.workflow.measure.process;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** The user who completes a task: the authenticated user, else the assignee. */
final class TaskActor {

    private TaskActor() {
    }

    static String of(DelegateTask task) {
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "system";
    }

    static Long measureId(DelegateTask task) {
        Object value = task.getVariable(de.akn.workflow.measure.JointMeasureProcess.MEASURE_ID);
        return value instanceof Number n ? n.longValue() : Long.valueOf(String.valueOf(value));
    }
}
