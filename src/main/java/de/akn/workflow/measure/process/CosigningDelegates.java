package de.akn.workflow.measure.process;

import de.akn.workflow.measure.CosigningService;
import de.akn.workflow.measure.JointMeasureProcess;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code measure-cosigning} and the co-signing outcome in {@code joint-measure}. */
@Configuration
class CosigningDelegates {

    static Long measureId(DelegateExecution execution) {
        Object value = execution.getVariable(JointMeasureProcess.MEASURE_ID);
        return value instanceof Number n ? n.longValue() : Long.valueOf(String.valueOf(value));
    }

    /** A reminder to the town's climate managers while it has not decided. */
    @Bean
    JavaDelegate cosignReminderDelegate(CosigningService cosigning) {
        return execution -> cosigning.remind(measureId(execution), (String) execution.getVariable("member"),
                (Date) execution.getVariable("cosignDue"));
    }

    /** The deadline passed: NO_RESPONSE and escalation to the coordinator. */
    @Bean
    JavaDelegate cosignNoResponseDelegate(CosigningService cosigning) {
        return execution -> cosigning.noResponse(measureId(execution), (String) execution.getVariable("member"));
    }

    /** All towns decided: shares among the signers, and whether the quorum is reached. */
    @Bean
    JavaDelegate cosigningResultDelegate(CosigningService cosigning) {
        return execution -> execution.setVariable("quorumReached", cosigning.conclude(measureId(execution)));
    }

    @Bean
    JavaDelegate measureAdoptedDelegate(CosigningService cosigning) {
        return execution -> cosigning.adopted(measureId(execution));
    }

    @Bean
    JavaDelegate measureNotAdoptedDelegate(CosigningService cosigning) {
        return execution -> cosigning.notAdopted(measureId(execution));
    }
}
