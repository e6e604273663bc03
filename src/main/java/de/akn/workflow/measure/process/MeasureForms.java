package de.akn.workflow.measure.process;

import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureVariables;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The forms' read model of a measure: what its task forms display (title, amounts as German
 * texts, the lead town …), computed from the measure when a form is opened rather than copied
 * into every sub-process and task as variables (issue #27). Also for expressions that need a
 * field of the measure, e.g. {@code ${measureForms.values(measureId).category}}.
 */
@Component("measureForms")
public class MeasureForms {

    private final MeasureService measures;

    MeasureForms(MeasureService measures) {
        this.measures = measures;
    }

    /** The display values of the measure, by variable name (the shapes of {@link MeasureVariables}). */
    public Map<String, Object> values(Long measureId) {
        return MeasureVariables.display(measures.get(measureId), measures.memberIndex());
    }
}
