package de.akn.workflow.production;

import de.akn.workflow.common.AllianceProperties;
import de.akn.workflow.common.DueDates;
import java.util.Date;
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
        return DueDates.after(periods.contributionPeriod());
    }

    public Date draft() {
        return DueDates.after(periods.draftPeriod());
    }

    public Date approval() {
        return DueDates.after(periods.approvalPeriod());
    }
}
