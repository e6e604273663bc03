package de.akn.workflow.absence.internal;

import de.akn.workflow.absence.AbsenceService;
import de.akn.workflow.common.PersonalColumns;
import de.akn.workflow.common.PersonalData;
import de.akn.workflow.common.TransactionMemo;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A person's absences and the absences it covered as deputy: the export lists them; the erasure removes the
 * person's own absences (they are nobody else's facts) and puts the role where it was the deputy or recorded one.
 */
@Component
class AbsencePersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    AbsencePersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "absences";
    }

    @Override
    public List<Map<String, Object>> export(String userId, String email) {
        return PersonalColumns.lowerCaseKeys(jdbc.queryForList("select user_id, starts_on, ends_on, deputy, "
                + "created_by, created_at from akn_absence where user_id = ? or deputy = ? or created_by = ? "
                + "order by starts_on", userId, userId, userId));
    }

    @Override
    public void erase(String userId, String email, String role) {
        jdbc.update("delete from akn_absence where user_id = ?", userId);
        jdbc.update("update akn_absence set deputy = ? where deputy = ?", role, userId);
        jdbc.update("update akn_absence set created_by = ? where created_by = ?", role, userId);
        TransactionMemo.forget(AbsenceService.MEMO);
    }
}
