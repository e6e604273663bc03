package de.akn.workflow.absence.process;

import de.akn.workflow.absence.AbsenceProcess;
import de.akn.workflow.common.ProcessRules;
import de.akn.workflow.common.ProcessRules.Audience;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the module's processes bring to the security rules (see {@link ProcessRules}). */
@Configuration(proxyBeanMethods = false)
class AbsenceProcessRules {

    /** {@code absence}: everyone who works in Tasklist enters an absence there. */
    @Bean
    ProcessRules absenceRules() {
        return ProcessRules.owning()
                .startedInTasklist(AbsenceProcess.PROCESS_KEY, Audience.CLIMATE_MANAGERS_AND_PARTNER);
    }
}
