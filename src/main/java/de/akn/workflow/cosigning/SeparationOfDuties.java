package de.akn.workflow.cosigning;

import de.akn.workflow.common.ForbiddenProblem;
import de.akn.workflow.common.TaskActor;
import de.akn.workflow.common.Texts;
import de.akn.workflow.measure.JointMeasureProcess;
import de.akn.workflow.measure.MeasureService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Whoever reviewed a measure (completed its formal review, in any round) does not decide about it for a town:
 * not its co-signing, its council's decision, a higher share, the internal sign-off or the confirmation of an
 * urgent decision. A person who holds both roles — the Kreis' climate officer in the Kreis' climate
 * management — gets a German 403 and another person of the town decides. The system (a member leaving)
 * is not a person and is not refused.
 */
@Component
public class SeparationOfDuties {

    private final MeasureService measures;

    SeparationOfDuties(MeasureService measures) {
        this.measures = measures;
    }

    public void check(DelegateTask task) {
        String actor = TaskActor.of(task);
        Object measureId = task.getVariable(JointMeasureProcess.MEASURE_ID);
        if ("system".equals(actor) || !(measureId instanceof Number id)) {
            return;
        }
        if (measures.formalReviewers(id.longValue()).contains(actor)) {
            throw new ForbiddenProblem(Texts.text("cosigning.separation-of-duties"));
        }
    }
}
