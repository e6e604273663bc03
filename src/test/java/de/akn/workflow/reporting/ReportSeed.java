package de.akn.workflow.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes measures of a past year straight into the domain tables, with known figures. */
final class ReportSeed {

    private final JdbcTemplate jdbc;

    ReportSeed(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long measure(String reference, String title, String category, String status, String lead, int cost, int staffDays,
            Integer co2, LocalDate created, LocalDate updated, LocalDate completed, List<Integer> sdgs) {
        jdbc.update("insert into akn_measure (reference, title, summary, category, lead_member, proposer, "
                + "estimated_cost_eur, estimated_staff_days, co2_savings_tonnes_per_year, cost_split, planned_start, "
                + "planned_end, status, created_at, updated_at, completed_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, 'EQUAL', ?, ?, ?, ?, ?, ?, 0)", reference, title, "Zusammenfassung " + title, category, lead,
                "km-" + lead, BigDecimal.valueOf(cost), BigDecimal.valueOf(staffDays),
                co2 == null ? null : BigDecimal.valueOf(co2), created, created.plusMonths(6), status, at(created),
                at(updated), completed == null ? null : at(completed));
        long id = jdbc.queryForObject("select id from akn_measure where reference = ?", Long.class, reference);
        for (int sdg : sdgs) {
            jdbc.update("insert into akn_measure_sdg (measure_id, sdg) values (?, ?)", id, sdg);
        }
        return id;
    }

    void participation(long measure, String member, String status, Integer costShare, Integer staffDays) {
        participation(measure, member, false, status, costShare, staffDays);
    }

    /** The lead member's participation (it decides like everyone else). */
    void lead(long measure, String member, String status, Integer costShare, Integer staffDays) {
        participation(measure, member, true, status, costShare, staffDays);
    }

    private void participation(long measure, String member, boolean lead, String status, Integer costShare,
            Integer staffDays) {
        jdbc.update("insert into akn_participation (measure_id, member_id, is_lead, status, cost_share_eur, "
                + "staff_days_share, version) values (?, ?, ?, ?, ?, ?, 0)", measure, member, lead, status,
                costShare == null ? null : BigDecimal.valueOf(costShare),
                staffDays == null ? null : BigDecimal.valueOf(staffDays));
    }

    void report(long measure, int number, LocalDate submitted, int percent, int spent, Integer co2, String text,
            boolean finalReport) {
        jdbc.update("insert into akn_progress_report (measure_id, member_id, report_number, submitted_by, submitted_at, "
                + "progress_percent, progress_status, spent_eur, co2_saved_tonnes, progress_text, final_report) "
                + "values (?, (select lead_member from akn_measure where id = ?), ?, 'km-test', ?, ?, 'ON_TRACK', ?, ?, "
                + "?, ?)", measure, measure, number, at(submitted), percent,
                BigDecimal.valueOf(spent), co2 == null ? null : BigDecimal.valueOf(co2), text, finalReport);
    }

    private static OffsetDateTime at(LocalDate date) {
        return date.atTime(10, 0).atOffset(ZoneOffset.UTC);
    }
}
