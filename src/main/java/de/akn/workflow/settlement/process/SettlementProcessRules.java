package de.akn.workflow.settlement.process;

import de.akn.workflow.common.ProcessRules;
import de.akn.workflow.settlement.SettlementProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the module's processes bring to the security rules (see {@link ProcessRules}). */
@Configuration(proxyBeanMethods = false)
class SettlementProcessRules {

    /** {@code measure-settlement}: the transfer, who pays and by when. */
    @Bean
    ProcessRules settlementRules() {
        return ProcessRules.owning(SettlementProcess.MEMBER, SettlementProcess.TRANSFER_ID, SettlementProcess.PAYER,
                SettlementProcess.SETTLEMENT_DUE, SettlementProcess.OPENED);
    }
}
