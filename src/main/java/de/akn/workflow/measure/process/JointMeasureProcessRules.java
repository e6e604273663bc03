package de.akn.workflow.measure.process;

import de.akn.workflow.common.ProcessRules;
import de.akn.workflow.common.ProcessRules.Audience;
import de.akn.workflow.measure.JointMeasureProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the module's processes bring to the security rules (see {@link ProcessRules}). */
@Configuration(proxyBeanMethods = false)
class JointMeasureProcessRules {

    /** {@code joint-measure}: the measure, its lead town and proposer; climate managers propose measures in Tasklist. */
    @Bean
    ProcessRules jointMeasureRules() {
        return ProcessRules.owning(JointMeasureProcess.MEASURE_ID, JointMeasureProcess.REFERENCE, JointMeasureProcess.LEAD_MEMBER,
                        JointMeasureProcess.PROPOSER)
                .startedInTasklist(JointMeasureProcess.PROCESS_KEY, Audience.CLIMATE_MANAGERS);
    }
}
