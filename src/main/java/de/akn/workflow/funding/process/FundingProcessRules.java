package de.akn.workflow.funding.process;

import de.akn.workflow.common.ProcessRules;
import de.akn.workflow.funding.MeasureFundingProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the module's processes bring to the security rules (see {@link ProcessRules}). */
@Configuration(proxyBeanMethods = false)
class FundingProcessRules {

    /** {@code measure-funding}: the funding applied for and its deadline. */
    @Bean
    ProcessRules fundingRules() {
        return ProcessRules.owning(MeasureFundingProcess.FUNDING_ID, MeasureFundingProcess.FUNDING_DEADLINE,
                MeasureFundingProcess.FUNDING_REQUESTED_AT);
    }
}
