package de.akn.workflow.measure.process;

import de.akn.workflow.measure.ImplementationService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code measure-implementation}. */
@Configuration
class ImplementationDelegates {

    /** The final report is accepted: the measure is COMPLETED. */
    @Bean
    JavaDelegate measureCompletedDelegate(ImplementationService implementation) {
        return execution -> implementation.complete(TaskActor.measureId(execution));
    }
}
