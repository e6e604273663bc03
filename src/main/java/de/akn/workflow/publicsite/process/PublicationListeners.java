package de.akn.workflow.publicsite.process;

import de.akn.workflow.common.TaskActor;
import de.akn.workflow.measure.JointMeasureProcess;
import de.akn.workflow.measure.MeasureVariables;
import de.akn.workflow.publicsite.PublicationProcess;
import de.akn.workflow.publicsite.Publications;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code measure-publication}: how {@code joint-measure} asks for the release, and the release task. */
@Configuration
class PublicationListeners {

    /** {@code joint-measure}, once the measure is adopted for good: starts its release (does not wait for it). */
    @Bean
    JavaDelegate publicationRequestedDelegate(RuntimeService runtimeService) {
        return execution -> runtimeService.createMessageCorrelation(PublicationProcess.REQUESTED_MESSAGE)
                .processInstanceBusinessKey(execution.getProcessBusinessKey())
                .setVariables(Map.of(JointMeasureProcess.MEASURE_ID, JointMeasureProcess.measureId(execution),
                        JointMeasureProcess.REFERENCE, execution.getVariable(JointMeasureProcess.REFERENCE),
                        JointMeasureProcess.TITLE, execution.getVariable(JointMeasureProcess.TITLE)))
                .correlateStartMessage();
    }

    /** {@code Task_ReleaseForPublication}: created → mail and the summary to start from; completed → decided. */
    @Bean
    TaskListener releaseListener(Publications publications) {
        return task -> {
            Long measureId = JointMeasureProcess.measureId(task);
            if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
                task.setVariable(PublicationProcess.PUBLIC_SUMMARY, publications.requested(measureId, task.getId()));
            } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                publications.decide(measureId, MeasureVariables.plain(task.getVariables()), TaskActor.of(task));
            }
        };
    }
}
