package de.akn.workflow.funding.process;

import static de.akn.workflow.cosigning.CosigningProcess.CONFIRMATION_CONTEXT;
import static de.akn.workflow.cosigning.CosigningProcess.CONFIRMATION_NEEDED;
import static de.akn.workflow.cosigning.CosigningProcess.CONTEXT_FUNDING;
import static de.akn.workflow.cosigning.CosigningProcess.QUORUM_REACHED;
import static de.akn.workflow.funding.MeasureFundingProcess.FUNDING_ID;
import static de.akn.workflow.funding.MeasureFundingProcess.FUNDING_REQUESTED_AT;

import de.akn.workflow.funding.FundingApplications;
import de.akn.workflow.measure.JointMeasureProcess;
import java.util.Date;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code measure-funding}. */
@Configuration
class FundingDelegates {

    /** A reminder before the application deadline (30, 7 or 1 days, by the day it fires). */
    @Bean
    JavaDelegate fundingApplicationReminderDelegate(FundingApplications applications) {
        return execution -> applications.remind(JointMeasureProcess.measureId(execution),
                FundingListeners.fundingId(execution.getVariable(FUNDING_ID)),
                (Date) execution.getVariable(FUNDING_REQUESTED_AT));
    }

    /** Every decision is in: net cost and shares again, quorum, confirmation needed? */
    @Bean
    JavaDelegate fundingConcludedDelegate(FundingApplications applications) {
        return execution -> {
            Long measureId = JointMeasureProcess.measureId(execution);
            var conclusion = applications.conclude(measureId);
            execution.setVariable(QUORUM_REACHED, conclusion.quorumReached());
            execution.setVariable(CONFIRMATION_NEEDED, conclusion.confirmationNeeded());
            // the confirmation round's forms and mails say why the shares rose (they show the funding as decided:
            // the forms read the measure)
            execution.setVariable(CONFIRMATION_CONTEXT, CONTEXT_FUNDING);
        };
    }

    @Bean
    JavaDelegate fundingNotAdoptedDelegate(FundingApplications applications) {
        return execution -> applications.notAdopted(JointMeasureProcess.measureId(execution));
    }
}
