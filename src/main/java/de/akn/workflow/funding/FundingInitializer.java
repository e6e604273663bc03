package de.akn.workflow.funding;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Seeds the funding programmes before the web server takes requests (like the members). */
@Component
class FundingInitializer implements SmartInitializingSingleton {

    private final FundingProgrammes programmes;

    FundingInitializer(FundingProgrammes programmes) {
        this.programmes = programmes;
    }

    @Override
    public void afterSingletonsInstantiated() {
        programmes.seed();
    }
}
