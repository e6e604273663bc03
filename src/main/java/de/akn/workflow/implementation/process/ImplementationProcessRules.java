package de.akn.workflow.implementation.process;

import de.akn.workflow.common.ProcessRules;
import de.akn.workflow.implementation.ImplementationProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the module's processes bring to the security rules (see {@link ProcessRules}). */
@Configuration(proxyBeanMethods = false)
class ImplementationProcessRules {

    /** {@code measure-implementation}: the reporting town and its report schedule. */
    @Bean
    ProcessRules implementationRules() {
        return ProcessRules.owning(ImplementationProcess.MEMBER, ImplementationProcess.REPORT_DUE,
                ImplementationProcess.REPORTING_START, ImplementationProcess.REPORT_NUMBER);
    }
}
