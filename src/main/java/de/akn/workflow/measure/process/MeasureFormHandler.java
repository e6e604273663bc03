package de.akn.workflow.measure.process;

import de.akn.workflow.measure.JointMeasureProcess;
import de.akn.workflow.measure.MeasureVariables;
import java.util.ArrayList;
import java.util.Set;
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
 * the texts are dropped.
 */
class MeasureFormHandler implements TaskFormHandler {

    /** Extension property of a user task whose form edits the measure's proposal fields. */
    static final String EDITS_MEASURE = "editsMeasure";

    private final TaskFormHandler engine;
    private final Supplier<MeasureForms> forms;
    private final boolean editsMeasure;

    MeasureFormHandler(TaskFormHandler engine, Supplier<MeasureForms> forms, boolean editsMeasure) {
        this.engine = engine;
        this.forms = forms;
        this.editsMeasure = editsMeasure;
    }

    @Override
    public TaskFormData createTaskForm(TaskEntity task) {
        TaskFormData form = engine.createTaskForm(task);
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
        Set<String> dropped = editsMeasure ? MeasureVariables.TEXTS : displayed(variableScope);
        dropped.forEach(submitted::remove);
        engine.submitFormVariables(submitted, variableScope);
    }

    @Override
    public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
            ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
        engine.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
    }

    private Set<String> displayed(VariableScope scope) {
        return scope.getVariable(JointMeasureProcess.MEASURE_ID) == null ? Set.of()
                : forms.get().values(JointMeasureProcess.measureId(scope)).keySet();
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
