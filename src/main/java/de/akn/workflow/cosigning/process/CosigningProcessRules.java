package de.akn.workflow.cosigning.process;

import de.akn.workflow.common.ProcessRules;
import de.akn.workflow.cosigning.CosigningProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the module's processes bring to the security rules (see {@link ProcessRules}). */
@Configuration(proxyBeanMethods = false)
class CosigningProcessRules {

    /** {@code measure-cosigning} and {@code share-confirmation}: the town asked, its deadline, what a share confirmation is about. */
    @Bean
    ProcessRules cosigningRules() {
        return ProcessRules.owning(CosigningProcess.MEMBER, CosigningProcess.COSIGN_DUE,
                CosigningProcess.CONFIRMATION_CONTEXT);
    }
}
