package de.akn.workflow.cosigning.process;

import static de.akn.workflow.cosigning.CosigningProcess.CONFIRMATION_NEEDED;
import static de.akn.workflow.cosigning.CosigningProcess.COSIGN_DUE;
import static de.akn.workflow.cosigning.CosigningProcess.MEMBER;
import static de.akn.workflow.cosigning.CosigningProcess.QUORUM_REACHED;

import de.akn.workflow.cosigning.CosigningService;
import de.akn.workflow.cosigning.ShareConfirmations;
import de.akn.workflow.measure.JointMeasureProcess;
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
        return execution -> cosigning.remind(JointMeasureProcess.measureId(execution),
                (String) execution.getVariable(MEMBER), (Date) execution.getVariable(COSIGN_DUE));
    }

    /** The deadline passed: NO_RESPONSE and escalation to the coordinator. */
    @Bean
    JavaDelegate cosignNoResponseDelegate(CosigningService cosigning) {
        return execution -> cosigning.noResponse(JointMeasureProcess.measureId(execution),
                (String) execution.getVariable(MEMBER));
    }

    /**
     * All towns decided (or a round of confirmations ended): shares among the signers, whether the
     * quorum is reached, and whether a signer must confirm a share above its ceiling first.
     */
    @Bean
    JavaDelegate cosigningResultDelegate(CosigningService cosigning) {
        return execution -> {
            var conclusion = cosigning.conclude(JointMeasureProcess.measureId(execution));
            execution.setVariable(QUORUM_REACHED, conclusion.quorumReached());
            execution.setVariable(CONFIRMATION_NEEDED, conclusion.confirmationNeeded());
        };
    }

    /** A reminder while a signer has not confirmed its larger share. */
    @Bean
    JavaDelegate shareReminderDelegate(ShareConfirmations confirmations) {
        return execution -> confirmations.remindShare(JointMeasureProcess.measureId(execution),
                (String) execution.getVariable(MEMBER), (Date) execution.getVariable(COSIGN_DUE));
    }

    /** No confirmation by the deadline: the signer is out, the coordinator is told. */
    @Bean
    JavaDelegate shareNotConfirmedDelegate(ShareConfirmations confirmations) {
        return execution -> confirmations.shareNotConfirmed(JointMeasureProcess.measureId(execution),
                (String) execution.getVariable(MEMBER));
    }

    @Bean
    JavaDelegate measureAdoptedDelegate(CosigningService cosigning) {
        return execution -> cosigning.adopted(JointMeasureProcess.measureId(execution));
    }

    @Bean
    JavaDelegate measureNotAdoptedDelegate(CosigningService cosigning) {
        return execution -> cosigning.notAdopted(JointMeasureProcess.measureId(execution));
    }
}
