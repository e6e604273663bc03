package de.akn.workflow.cosigning.process;

import de.akn.workflow.cosigning.CosigningProcess;
import de.akn.workflow.cosigning.SeparationOfDuties;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
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
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        TaskListener check = task -> rule.getObject().check(task);
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (CosigningProcess.TOWN_DECISIONS.contains(activity.getId())) {
                    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                            .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, check);
                }
            }
        });
    }
}
