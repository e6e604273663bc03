package de.akn.workflow.production;

import de.akn.workflow.common.AllianceProperties;
import de.akn.workflow.common.GermanFormat;
import java.time.Period;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Due dates of the production tasks ({@code alliance.production.*}), counted on the engine clock; the
 * daily reminder sweep reminds the tasks past them.
 */
@Component("productionDueDates")
public class ProductionDueDates {

    private final AllianceProperties.Production periods;

    ProductionDueDates(AllianceProperties properties) {
        this.periods = properties.production();
    }

    public Date contribution() {
        return after(periods.contributionPeriod());
    }

    public Date draft() {
        return after(periods.draftPeriod());
    }

    public Date approval() {
        return after(periods.approvalPeriod());
    }

    private static Date after(Period period) {
        return Date.from(ClockUtil.getCurrentTime().toInstant().atZone(GermanFormat.ZONE).plus(period).toInstant());
    }
}
