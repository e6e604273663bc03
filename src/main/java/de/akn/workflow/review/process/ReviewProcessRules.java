package de.akn.workflow.review.process;

import de.akn.workflow.common.ProcessRules;
import de.akn.workflow.common.ProcessRules.Audience;
import de.akn.workflow.review.ReviewProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the module's processes bring to the security rules (see {@link ProcessRules}). */
@Configuration(proxyBeanMethods = false)
class ReviewProcessRules {

    /** {@code measure-review}: the revision round; its tasks are read by the towns and the partner. */
    @Bean
    ProcessRules reviewRules() {
        return ProcessRules.owning(ReviewProcess.REVISION_ROUND)
                .readInTasklist(ReviewProcess.PROCESS_KEY, Audience.CLIMATE_MANAGERS_AND_PARTNER);
    }
}
