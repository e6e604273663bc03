package de.akn.workflow.implementation.process;

import de.akn.workflow.implementation.ImplementationService;
import de.akn.workflow.measure.JointMeasureProcess;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code measure-implementation}. */
@Configuration
class ImplementationDelegates {

    /** The final report is accepted: the measure is COMPLETED. */
    @Bean
    JavaDelegate measureCompletedDelegate(ImplementationService implementation) {
        return execution -> implementation.complete(JointMeasureProcess.measureId(execution));
    }
}
