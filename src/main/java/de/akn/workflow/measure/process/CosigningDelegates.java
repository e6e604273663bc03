package de.akn.workflow.measure.process;

import de.akn.workflow.measure.CosigningService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code measure-cosigning} and the co-signing outcome in {@code joint-measure}. */
@Configuration
class CosigningDelegates {

    /** A reminder to the town's climate managers while it has not decided. */
    @Bean
    JavaDelegate cosignReminderDelegate(CosigningService cosigning) {
        return execution -> cosigning.remind(TaskActor.measureId(execution), (String) execution.getVariable("member"),
                (Date) execution.getVariable("cosignDue"));
    }

    /** The deadline passed: NO_RESPONSE and escalation to the coordinator. */
    @Bean
    JavaDelegate cosignNoResponseDelegate(CosigningService cosigning) {
        return execution -> cosigning.noResponse(TaskActor.measureId(execution),
                (String) execution.getVariable("member"));
    }

    /** All towns decided: shares among the signers, and whether the quorum is reached. */
    @Bean
    JavaDelegate cosigningResultDelegate(CosigningService cosigning) {
        return execution -> execution.setVariable("quorumReached", cosigning.conclude(TaskActor.measureId(execution)));
    }

    @Bean
    JavaDelegate measureAdoptedDelegate(CosigningService cosigning) {
        return execution -> cosigning.adopted(TaskActor.measureId(execution));
    }

    @Bean
    JavaDelegate measureNotAdoptedDelegate(CosigningService cosigning) {
        return execution -> cosigning.notAdopted(TaskActor.measureId(execution));
    }
}
