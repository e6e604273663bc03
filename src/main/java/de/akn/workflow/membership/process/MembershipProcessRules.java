package de.akn.workflow.membership.process;

import de.akn.workflow.common.ProcessRules;
import de.akn.workflow.membership.MembershipProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the module's processes bring to the security rules (see {@link ProcessRules}). */
@Configuration(proxyBeanMethods = false)
class MembershipProcessRules {

    /** {@code membership}: joining or leaving, which member, who asked. */
    @Bean
    ProcessRules membershipRules() {
        return ProcessRules.owning(MembershipProcess.ACTION, MembershipProcess.MEMBER_ID, MembershipProcess.INITIATOR);
    }
}
