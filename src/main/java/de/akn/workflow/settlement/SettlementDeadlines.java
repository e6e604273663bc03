package de.akn.workflow.settlement;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.WorkingDays;
import de.akn.workflow.settlement.internal.Settlement;
import java.time.LocalTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/** When overruns and payments are due: a payment period on, the next working day, in the morning. */
@Component
class SettlementDeadlines {

    private static final LocalTime MORNING = LocalTime.of(8, 0);

    private final WorkingDays workingDays;
    private final SettlementProperties properties;

    SettlementDeadlines(WorkingDays workingDays, SettlementProperties properties) {
        this.workingDays = workingDays;
        this.properties = properties;
    }

    /** The overruns (and the first payments) are due the payment period after the settlement opened. */
    Date due(Settlement settlement) {
        return Dates.at(workingDays.onOrAfter(GermanFormat.day(settlement.getOpenedAt())
                .plus(properties.paymentPeriod())), MORNING);
    }

    /** The payments are due a payment period from today, the same day for every payer (kept on a retry). */
    Date requestPayments(Settlement settlement) {
        return Dates.at(settlement.requestPayments(workingDays.onOrAfter(Dates.today().plus(
                properties.paymentPeriod()))), MORNING);
    }
}
