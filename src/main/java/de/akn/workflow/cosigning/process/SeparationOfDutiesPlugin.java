package de.akn.workflow.cosigning.process;

import de.akn.workflow.common.UserTaskParsing;
import de.akn.workflow.cosigning.CosigningProcess;
import de.akn.workflow.cosigning.SeparationOfDuties;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts the separation of duties on every town decision of every process (co-sign, council, share, sign-off,
 * urgent decision — wherever the task id appears, now and in processes to come): a listener that runs before
 * the task's own, so that nothing of a refused completion is recorded, whichever way it comes in (Tasklist,
 * engine REST, Java API).
 */
@Component
class SeparationOfDutiesPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<SeparationOfDuties> rule;

    SeparationOfDutiesPlugin(ObjectProvider<SeparationOfDuties> rule) {
        this.rule = rule;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        TaskListener check = task -> rule.getObject().check(task);
        UserTaskParsing.onEveryUserTask(configuration, (element, activityId, definition) -> {
            if (CosigningProcess.TOWN_DECISIONS.contains(activityId)) {
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, check);
            }
        });
    }
}
