package de.akn.workflow.settlement.internal;

import de.akn.workflow.common.PersonalColumns;
import de.akn.workflow.common.PersonalColumns.Column;
import de.akn.workflow.common.PersonalData;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who recorded costs and funding received, confirmed an overrun or a payment. */
@Configuration(proxyBeanMethods = false)
class SettlementPersonalData {

    @Bean
    PersonalData settlementEntries(JdbcTemplate jdbc) {
        return new PersonalColumns(jdbc, "settlementEntries", "select 'COST' as kind, measure_id, amount_eur, "
                + "recorded_at as at from akn_measure_cost where recorded_by = ? or cancelled_by = ? union all "
                + "select 'FUNDING_RECEIVED', measure_id, amount_eur, recorded_at from akn_funding_payment where "
                + "recorded_by = ? or cancelled_by = ? union all select 'PAYMENT', measure_id, amount_eur, confirmed_at "
                + "from akn_settlement_transfer where confirmed_by = ? union all select 'OVERRUN', measure_id, owed_eur, "
                + "overrun_confirmed_at from akn_settlement_share where overrun_confirmed_by = ?",
                List.of(new Column("akn_measure_cost", "recorded_by"), new Column("akn_measure_cost", "cancelled_by"),
                        new Column("akn_funding_payment", "recorded_by"),
                        new Column("akn_funding_payment", "cancelled_by"),
                        new Column("akn_settlement_transfer", "confirmed_by"),
                        new Column("akn_settlement_share", "overrun_confirmed_by")));
    }
}
