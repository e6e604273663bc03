package de.akn.workflow.production;

import de.akn.workflow.common.DueDates;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates of the production tasks ({@code alliance.production.*}), counted on the engine clock and on
 * working days; the daily reminder sweep reminds the tasks past them.
 */
@Component("productionDueDates")
public class ProductionDueDates {

    private final ProductionProperties periods;
    private final DueDates dueDates;

    ProductionDueDates(ProductionProperties properties, DueDates dueDates) {
        this.periods = properties;
        this.dueDates = dueDates;
    }

    public Date contribution() {
        return dueDates.after(periods.contributionPeriod());
    }

    public Date draft() {
        return dueDates.after(periods.draftPeriod());
    }

    public Date approval() {
        return dueDates.after(periods.approvalPeriod());
    }
}
