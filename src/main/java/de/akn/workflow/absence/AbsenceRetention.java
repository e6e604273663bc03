package de.akn.workflow.absence;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.TransactionMemo;
import java.time.LocalDate;
import java.time.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Absences are personal data needed only while they route tasks and mails: once ended longer than
 * {@code alliance.privacy.absence-retention} ago (default 90 days, by the engine's clock) they are removed,
 * daily at {@code alliance.privacy.absence-retention-cron}.
 */
@Component
public class AbsenceRetention {

    private static final Logger log = LoggerFactory.getLogger(AbsenceRetention.class);

    private final JdbcTemplate jdbc;
    private final Period retention;

    AbsenceRetention(JdbcTemplate jdbc, AbsenceProperties properties) {
        this.jdbc = jdbc;
        this.retention = properties.absenceRetention();
    }

    /** @return how many absences were removed */
    @Scheduled(cron = "${alliance.privacy.absence-retention-cron:0 50 3 * * *}") // checked in AbsenceProperties
    @Transactional
    public int removeExpired() {
        LocalDate before = Dates.today().minus(retention);
        int removed = jdbc.update("delete from akn_absence where ends_on < ?", before);
        TransactionMemo.forget(AbsenceService.MEMO);
        if (removed > 0) {
            log.info("{} absences that ended before {} removed (retention {})", removed, before, retention);
        }
        return removed;
    }
}
