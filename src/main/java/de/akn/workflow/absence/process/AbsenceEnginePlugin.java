package de.akn.workflow.absence.process;

import de.akn.workflow.common.UserTaskParsing;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link AssignmentListener} on every user task of every process, so that the deputy
 * rule holds for tasks of processes still to come. The listener is looked up when a task is
 * assigned (it needs the engine's services, which do not exist yet while the engine is built).
 */
@Component
class AbsenceEnginePlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<AssignmentListener> listener;

    AbsenceEnginePlugin(ObjectProvider<AssignmentListener> listener) {
        this.listener = listener;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        TaskListener lazy = task -> listener.getObject().notify(task);
        UserTaskParsing.onEveryUserTask(configuration, (element, activityId, definition) ->
                definition.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, lazy));
    }
}
