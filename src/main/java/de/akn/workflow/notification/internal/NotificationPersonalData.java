package de.akn.workflow.notification.internal;

import de.akn.workflow.common.PersonalColumns;
import de.akn.workflow.common.PersonalData;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The mails to a person: the export lists them (without bodies); the erasure keeps only their facts. */
@Component
class NotificationPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    NotificationPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "mails";
    }

    @Override
    public List<Map<String, Object>> export(String userId, String email) {
        if (email == null || email.isBlank()) {
            return List.of();
        }
        return PersonalColumns.lowerCaseKeys(jdbc.queryForList("select subject, status, created_at, sent_at from "
                + "akn_notification where lower(recipient) like ? order by created_at, id", like(email)));
    }

    /** The address and the name become the role; bodies and calendar entries go (the subject and dates stay). */
    @Override
    public void erase(String userId, String email, String role) {
        if (email == null || email.isBlank()) {
            return;
        }
        jdbc.update("update akn_notification set recipient = ?, body_text = null, body_html = null, ics = null, "
                + "version = version + 1 "
                + "where lower(recipient) like ?", role, like(email));
    }

    private static String like(String email) {
        return "%" + email.toLowerCase(Locale.ROOT).replace("%", "") + "%";
    }
}
