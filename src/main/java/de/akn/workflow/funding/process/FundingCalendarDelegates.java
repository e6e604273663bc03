package de.akn.workflow.funding.process;

import de.akn.workflow.funding.FundingCalendar;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service task of {@code funding-calendar}. */
@Configuration
class FundingCalendarDelegates {

    /** Every climate manager hears of calls closing within 30 and within 7 days (once each). */
    @Bean
    JavaDelegate fundingCallReminderDelegate(FundingCalendar calendar) {
        return execution -> calendar.remindClosingCalls();
    }
}
