package de.akn.workflow.production.process;

import static de.akn.workflow.production.ProductionProcess.CHANGE_REQUESTS;
import static de.akn.workflow.production.ProductionProcess.DRAFT_APPROVED;

import de.akn.workflow.measure.JointMeasureProcess;
import de.akn.workflow.production.ProductionService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code measure-production}. */
@Configuration
class ProductionDelegates {

    /** Every signer decided on the draft: approved by all, or back to the lead town with the change requests. */
    @Bean
    JavaDelegate draftRoundDelegate(ProductionService production) {
        return execution -> {
            var outcome = production.concludeRound(JointMeasureProcess.measureId(execution));
            execution.setVariable(DRAFT_APPROVED, outcome.approved());
            execution.setVariable(CHANGE_REQUESTS, outcome.changeRequests());
        };
    }
}
