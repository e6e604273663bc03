package de.akn.workflow.meeting.internal;

import de.akn.workflow.common.PersonalColumns;
import de.akn.workflow.common.PersonalColumns.Column;
import de.akn.workflow.common.PersonalData;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who planned meetings, recorded their minutes and reported action items done. */
@Configuration(proxyBeanMethods = false)
class MeetingPersonalData {

    @Bean
    PersonalData meetingEntries(JdbcTemplate jdbc) {
        return new PersonalColumns(jdbc, "meetingEntries", "select 'MEETING' as kind, meeting_date as date, created_at "
                + "as at from akn_meeting where created_by = ? union all select 'MINUTES', meeting_date, minutes_at from "
                + "akn_meeting where minutes_by = ? union all select 'ACTION_ITEM_DONE', due, done_at from "
                + "akn_action_item where done_by = ?", List.of(new Column("akn_meeting", "created_by"),
                        new Column("akn_meeting", "minutes_by"), new Column("akn_action_item", "done_by")));
    }
}
