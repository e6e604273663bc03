package de.akn.workflow.measure.process;

import de.akn.workflow.measure.JointMeasureProcess;
import de.akn.workflow.measure.MeasureForms;
import de.akn.workflow.measure.MeasureVariables;
import java.util.ArrayList;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.FormDataImpl;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.VariableMapImpl;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The task form of a measure's task: the engine's own form handler, plus the measure's display
 * values as form fields. {@code GET /task/{id}/form-variables} (what Tasklist's Camunda Forms
 * load) puts form fields before variables, so a form shows the measure as it is now. A submitted
 * form writes none of them back: Tasklist submits read-only fields too, and seven towns deciding
 * at once would otherwise all write the title into the same process instance. A task whose form
 * edits the measure (extension property {@value #EDITS_MEASURE}) keeps the submitted fields, only
 * what no form edits is dropped ({@link MeasureVariables#SHOWN_ONLY}).
 */
class MeasureFormHandler implements TaskFormHandler {

    /** Extension property of a user task whose form edits the measure's proposal fields. */
    static final String EDITS_MEASURE = "editsMeasure";

    private final TaskFormHandler wrapped;
    private final Supplier<MeasureForms> forms;
    private final boolean editsMeasure;

    MeasureFormHandler(TaskFormHandler wrapped, Supplier<MeasureForms> forms, boolean editsMeasure) {
        this.wrapped = wrapped;
        this.forms = forms;
        this.editsMeasure = editsMeasure;
    }

    @Override
    public TaskFormData createTaskForm(TaskEntity task) {
        TaskFormData form = wrapped.createTaskForm(task);
        if (task.getExecutionId() == null || task.getVariable(JointMeasureProcess.MEASURE_ID) == null) {
            return form;
        }
        var fields = new ArrayList<FormField>(form.getFormFields());
        forms.get().values(JointMeasureProcess.measureId(task)).forEach((name, value) -> {
            var field = new FormFieldImpl();
            field.setId(name);
            field.setValue(typed(value));
            fields.add(field);
        });
        ((FormDataImpl) form).setFormFields(fields);
        return form;
    }

    @Override
    public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
        VariableMap submitted = new VariableMapImpl(properties);
        if (variableScope.hasVariable(JointMeasureProcess.MEASURE_ID)
                && !startedBeforeTheFormsReadTheMeasure(variableScope)) {
            (editsMeasure ? MeasureVariables.SHOWN_ONLY : MeasureVariables.DISPLAY_NAMES).forEach(submitted::remove);
        }
        wrapped.submitFormVariables(submitted, variableScope);
    }

    @Override
    public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
            ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
        wrapped.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
    }

    /**
     * An instance started before the processes carried only ids holds the measure's copies (and its revision task
     * has no {@value #EDITS_MEASURE}): its forms submit as they did, so that a revision's edits are not lost.
     */
    private static boolean startedBeforeTheFormsReadTheMeasure(VariableScope scope) {
        return scope.hasVariable(JointMeasureProcess.ESTIMATED_COST_TEXT);
    }

    private static TypedValue typed(Object value) {
        if (value instanceof SpinJsonNode json) {
            // as stored: Tasklist asks for serialized values; the Java API deserializes on first use
            return SpinValues.jsonValue(json.toString()).create();
        }
        if (value == null) {
            return Variables.untypedNullValue();
        }
        if (value instanceof String text) {
            return Variables.stringValue(text);
        }
        if (value instanceof Boolean flag) {
            return Variables.booleanValue(flag);
        }
        if (value instanceof Double number) {
            return Variables.doubleValue(number);
        }
        return value instanceof Integer number ? Variables.integerValue(number) : Variables.untypedValue(value);
    }
}
