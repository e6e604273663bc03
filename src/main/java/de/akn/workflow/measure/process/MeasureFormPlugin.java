package de.akn.workflow.measure.process;

import de.akn.workflow.common.UserTaskParsing;
import de.akn.workflow.measure.MeasureForms;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every user task the {@link MeasureFormHandler}: the forms of a measure's tasks show the
 * measure from its read model ({@link MeasureForms}), so the processes carry only its ids.
 */
@Component
class MeasureFormPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<MeasureForms> forms;

    MeasureFormPlugin(ObjectProvider<MeasureForms> forms) {
        this.forms = forms;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskParsing.onEveryUserTask(configuration, (element, activityId, definition) -> definition
                .setTaskFormHandler(new MeasureFormHandler(definition.getTaskFormHandler(), forms::getObject,
                        editsMeasure(element))));
    }

    /** Whether the task carries the extension property {@value MeasureFormHandler#EDITS_MEASURE} = true. */
    private static boolean editsMeasure(Element userTaskElement) {
        Element properties = BpmnParseUtil.findCamundaExtensionElement(userTaskElement, "properties");
        return properties != null && properties.elements("property").stream()
                .anyMatch(property -> MeasureFormHandler.EDITS_MEASURE.equals(property.attribute("name"))
                        && Boolean.parseBoolean(property.attribute("value")));
    }
}
