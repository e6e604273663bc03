package de.akn.workflow.reporting.internal;

import de.akn.workflow.common.PersonalColumns;
import de.akn.workflow.common.PersonalColumns.Column;
import de.akn.workflow.common.PersonalData;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who generated an annual report. */
@Configuration(proxyBeanMethods = false)
class ReportingPersonalData {

    @Bean
    PersonalData annualReports(JdbcTemplate jdbc) {
        return new PersonalColumns(jdbc, "annualReports", "select report_year, generated_at from akn_annual_report "
                + "where generated_by = ?", List.of(new Column("akn_annual_report", "generated_by")));
    }
}
