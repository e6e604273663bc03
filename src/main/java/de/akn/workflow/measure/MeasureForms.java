package de.akn.workflow.measure;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The forms' read model of a measure (ADR 0015): what its task forms display (title, amounts as German texts, the
 * lead town …), computed from the measure when a form is opened rather than copied into every sub-process as
 * variables. Also for the processes' expressions that need a field of the measure.
 */
@Component("measureForms")
public class MeasureForms {

    private final MeasureService measures;

    MeasureForms(MeasureService measures) {
        this.measures = measures;
    }

    /** The display values of the measure by variable name ({@link MeasureVariables#display}). */
    public Map<String, Object> values(Long measureId) {
        return MeasureVariables.display(measures.get(measureId), measures.memberIndex());
    }

    /** The estimated cost, as the review's routing decision reads it ({@code ${measureForms.estimatedCostEur(measureId)}}). */
    public Double estimatedCostEur(Long measureId) {
        return measures.get(measureId).getEstimatedCostEur().doubleValue();
    }
}
