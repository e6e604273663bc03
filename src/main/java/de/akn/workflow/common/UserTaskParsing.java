package de.akn.workflow.common;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * For the engine plugins that give every user task something as the engine parses it (a listener, a form
 * handler), in every process, now and to come: registered after the engine's own parsing of the task.
 */
public final class UserTaskParsing {

    /** What to do with each parsed user task: its BPMN element, its id and its task definition. */
    @FunctionalInterface
    public interface OnUserTask {
        void parsed(Element element, String activityId, TaskDefinition definition);
    }

    private UserTaskParsing() {
    }

    /** Call from {@code preInit} of a process engine plugin. */
    public static void onEveryUserTask(ProcessEngineConfigurationImpl configuration, OnUserTask action) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                action.parsed(userTaskElement, activity.getId(),
                        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition());
            }
        });
    }
}
