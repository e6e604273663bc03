package de.akn.workflow.reporting.process;

import static de.akn.workflow.reporting.AnnualReportProcess.INITIATOR;
import static de.akn.workflow.reporting.AnnualReportProcess.REPORT_YEAR;

import de.akn.workflow.reporting.AnnualReportService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The listener and service tasks of {@code alliance-annual-report}. */
@Configuration
class AnnualReportDelegates {

    /** Manual start: a year from 2020 to the current one (400 / form error otherwise); none = the previous year. */
    @Bean
    ExecutionListener annualReportStartListener(AnnualReportService reports) {
        return execution -> execution.setVariable(REPORT_YEAR, reports.reportYear(execution.getVariable(REPORT_YEAR),
                ClockUtil.getCurrentTime().toInstant()));
    }

    /** Builds and stores the report; the yearly timer reports on the previous year. */
    @Bean
    JavaDelegate buildAnnualReportDelegate(AnnualReportService reports) {
        return execution -> {
            int year = reports.reportYear(execution.getVariable(REPORT_YEAR), ClockUtil.getCurrentTime().toInstant());
            Object initiator = execution.getVariable(INITIATOR);
            reports.generate(year, initiator == null ? "system" : initiator.toString());
            execution.setVariable(REPORT_YEAR, year);
        };
    }

    @Bean
    JavaDelegate announceAnnualReportDelegate(AnnualReportService reports) {
        return execution -> reports.announce(((Number) execution.getVariable(REPORT_YEAR)).intValue(),
                execution.getProcessInstanceId());
    }
}
