package de.akn.workflow.measure.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** What a submitted form of a measure's task writes back (ADR 0015); the forms' display is {@code MeasureFormsTest}. */
class MeasureFormHandlerTest {

    private final Recording engine = new Recording();

    @Test
    void aTownsFormWritesBackOnlyItsOwnFields() {
        submit(false, scope("measureId"));

        assertThat(engine.submitted).containsOnlyKeys("cosignDecision", "cosignComment");
    }

    @Test
    void theRevisionFormWritesBackWhatItEditsButNotWhatItOnlyShows() {
        submit(true, scope("measureId"));

        assertThat(engine.submitted).containsOnlyKeys("cosignDecision", "cosignComment", "title", "estimatedCostEur");
    }

    @Test
    void anInstanceStartedBeforeTheFormsReadTheMeasureSubmitsAsItDid() {
        // it holds the measure's copies, and its revision task has no editsMeasure: its edits must not be lost
        submit(false, scope("measureId", "estimatedCostText"));

        assertThat(engine.submitted).hasSize(7);
    }

    @Test
    void aFormOutsideAMeasureIsLeftAlone() {
        submit(false, scope());

        assertThat(engine.submitted).hasSize(7);
    }

    private void submit(boolean editsMeasure, VariableScope scope) {
        VariableMap form = Variables.createVariables().putValue("cosignDecision", "COSIGN")
                .putValue("cosignComment", "Gern.").putValue("title", "Eine andere Maßnahme")
                .putValue("estimatedCostEur", 1.0).putValue("estimatedCostText", "1,00 €")
                .putValue("reference", "AKN-1999-001").putValue("leadMemberName", "Stadt Neuss");
        new MeasureFormHandler(engine, () -> null, editsMeasure).submitFormVariables(form, scope);
    }

    private static VariableScope scope(String... variables) {
        VariableScope scope = mock(VariableScope.class);
        when(scope.hasVariable(anyString())).thenAnswer(call -> List.of(variables).contains(call.getArgument(0)));
        return scope;
    }

    /** The engine's own handler, recording what reaches it. */
    private static final class Recording implements TaskFormHandler {

        VariableMap submitted;

        @Override
        public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
            submitted = properties;
        }

        @Override
        public TaskFormData createTaskForm(TaskEntity task) {
            return null;
        }

        @Override
        public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
                ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
        }
    }
}
