package de.akn.workflow.measure.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Who completes a task (the authenticated user, else the assignee), and which measure it is about. */
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

    /** The measure a task or execution belongs to (variable {@code measureId}). */
    static Long measureId(VariableScope scope) {
        Object value = scope.getVariable(de.akn.workflow.measure.JointMeasureProcess.MEASURE_ID);
        return value instanceof Number n ? n.longValue() : Long.valueOf(String.valueOf(value));
    }
}
