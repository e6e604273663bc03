package de.akn.workflow.production.process;

import de.akn.workflow.common.ProcessRules;
import de.akn.workflow.production.ProductionProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the module's processes bring to the security rules (see {@link ProcessRules}). */
@Configuration(proxyBeanMethods = false)
class ProductionProcessRules {

    /** {@code measure-production}: the contributing town and the draft round. */
    @Bean
    ProcessRules productionRules() {
        return ProcessRules.owning(ProductionProcess.MEMBER, ProductionProcess.DRAFT_ROUND);
    }
}
