package de.akn.workflow.production.internal;

import de.akn.workflow.common.PersonalColumns;
import de.akn.workflow.common.PersonalColumns.Column;
import de.akn.workflow.common.PersonalData;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who uploaded files, submitted contributions and decided on drafts of events and brochures. */
@Configuration(proxyBeanMethods = false)
class ProductionPersonalData {

    @Bean
    PersonalData productionEntries(JdbcTemplate jdbc) {
        return new PersonalColumns(jdbc, "productionEntries", "select 'FILE' as kind, measure_id, name, uploaded_at as at "
                + "from akn_measure_file where uploaded_by = ? union all select 'CONTRIBUTION', measure_id, member, "
                + "submitted_at from akn_contribution where submitted_by = ? union all select 'DRAFT_APPROVAL', "
                + "measure_id, member, decided_at from akn_draft_approval where decided_by = ?",
                List.of(new Column("akn_measure_file", "uploaded_by"), new Column("akn_contribution", "submitted_by"),
                        new Column("akn_draft_approval", "decided_by")));
    }
}
