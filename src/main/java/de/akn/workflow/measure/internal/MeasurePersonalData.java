package de.akn.workflow.measure.internal;

import de.akn.workflow.common.PersonalColumns;
import de.akn.workflow.common.PersonalColumns.Column;
import de.akn.workflow.common.PersonalData;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the measures record about a person: the audit trail, proposals, decisions and reports. */
@Configuration(proxyBeanMethods = false)
class MeasurePersonalData {

    @Bean
    PersonalData measureEvents(JdbcTemplate jdbc) {
        return new PersonalColumns(jdbc, "measureEvents", "select m.reference, e.at, e.type, e.detail from "
                + "akn_measure_event e join akn_measure m on m.id = e.measure_id where e.actor = ? order by e.at, e.id",
                List.of(new Column("akn_measure_event", "actor")));
    }

    @Bean
    PersonalData proposals(JdbcTemplate jdbc) {
        return new PersonalColumns(jdbc, "proposals", "select reference, title, created_at from akn_measure "
                + "where proposer = ? order by reference", List.of(new Column("akn_measure", "proposer")));
    }

    @Bean
    PersonalData participationDecisions(JdbcTemplate jdbc) {
        return new PersonalColumns(jdbc, "participationDecisions", "select m.reference, p.member_id, p.status, "
                + "p.decided_at from akn_participation p join akn_measure m on m.id = p.measure_id where "
                + "p.decided_by = ? order by p.decided_at", List.of(new Column("akn_participation", "decided_by")));
    }

    @Bean
    PersonalData progressReports(JdbcTemplate jdbc) {
        return new PersonalColumns(jdbc, "progressReports", "select m.reference, r.member_id, r.report_number, "
                + "r.submitted_at from akn_progress_report r join akn_measure m on m.id = r.measure_id where "
                + "r.submitted_by = ? order by r.submitted_at", List.of(new Column("akn_progress_report",
                        "submitted_by")));
    }
}
