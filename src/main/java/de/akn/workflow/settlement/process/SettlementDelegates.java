package de.akn.workflow.settlement.process;

import static de.akn.workflow.settlement.SettlementProcess.OPENED;
import static de.akn.workflow.settlement.SettlementProcess.SETTLEMENT_DUE;

import de.akn.workflow.measure.JointMeasureProcess;
import de.akn.workflow.settlement.SettlementOpening;
import de.akn.workflow.settlement.Settlements;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code measure-settlement}. */
@Configuration
class SettlementDelegates {

    /** Opens the settlement: shares of the net actual cost, outlays, transfers; when they are due. */
    @Bean
    JavaDelegate settlementOpenDelegate(SettlementOpening opening, Settlements settlements) {
        return execution -> {
            Long measureId = JointMeasureProcess.measureId(execution);
            boolean opened = opening.open(measureId);
            execution.setVariable(OPENED, opened);
            if (opened) {
                execution.setVariable(SETTLEMENT_DUE, settlements.due(measureId));
            }
        };
    }

    /** Every transfer is paid: SETTLED, the synergy measured. */
    @Bean
    JavaDelegate settlementSettledDelegate(Settlements settlements) {
        return execution -> settlements.settle(JointMeasureProcess.measureId(execution));
    }
}
