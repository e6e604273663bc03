package de.akn.workflow.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes many measures straight into the domain tables for the benchmarks (not through the
 * processes): each with a lead town and two co-signers (carrying a third of the cost once adopted),
 * two SDGs and, when adopted or completed, two progress reports.
 */
public final class SeededMeasures {

    public static final String[] CATEGORIES = {"ENERGY", "MOBILITY", "BUILDINGS", "ADAPTATION", "AWARENESS", "EVENT",
            "PUBLICATION", "OTHER"};
    public static final String[] TOWNS = {"dormagen", "grevenbroich", "juechen", "kaarst", "korschenbroich",
            "meerbusch", "rommerskirchen", "rkn"};

    private SeededMeasures() {
    }

    /**
     * Inserts {@code count} measures of the year, the i-th with {@code statuses[i % statuses.length]}.
     *
     * @return the number of participations written
     */
    public static long insert(JdbcTemplate jdbc, int count, int year, String... statuses) {
        var created = OffsetDateTime.of(year, 2, 1, 10, 0, 0, 0, ZoneOffset.UTC);
        var completed = OffsetDateTime.of(year, 11, 1, 10, 0, 0, 0, ZoneOffset.UTC);
        var measures = new ArrayList<Object[]>();
        for (int i = 1; i <= count; i++) {
            String status = statuses[i % statuses.length];
            boolean carried = carried(status);
            measures.add(new Object[] {String.format("AKN-%d-%05d", year, i), "Maßnahme Nr. " + i,
                    "Gemeinsame Maßnahme " + i + " der Allianz.", CATEGORIES[i % CATEGORIES.length],
                    TOWNS[i % TOWNS.length], "km-" + TOWNS[i % TOWNS.length], BigDecimal.valueOf(9000 + i % 50 * 1000L),
                    BigDecimal.valueOf(10 + i % 30), BigDecimal.valueOf(i % 40),
                    java.sql.Date.valueOf(year + "-03-01"), java.sql.Date.valueOf(year + "-12-31"), status, created,
                    status.equals("COMPLETED") ? completed : created, carried ? created.plusDays(i % 200) : null,
                    status.equals("COMPLETED") ? completed : null});
        }
        jdbc.batchUpdate("insert into akn_measure (reference, title, summary, category, lead_member, proposer, "
                + "estimated_cost_eur, estimated_staff_days, co2_savings_tonnes_per_year, cost_split, planned_start, "
                + "planned_end, status, created_at, updated_at, adopted_at, completed_at, version) values (?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, 'EQUAL', ?, ?, ?, ?, ?, ?, ?, 0)", measures);
        List<Object[]> ids = jdbc.query("select id, status, lead_member, estimated_cost_eur from akn_measure where "
                + "reference like ? order by id", (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getBigDecimal(4)}, "AKN-" + year + "-%");
        var participations = new ArrayList<Object[]>();
        var sdgs = new ArrayList<Object[]>();
        var progress = new ArrayList<Object[]>();
        for (Object[] m : ids) {
            long id = (Long) m[0];
            String status = (String) m[1];
            String lead = (String) m[2];
            boolean carried = carried(status);
            BigDecimal third = ((BigDecimal) m[3]).divide(BigDecimal.valueOf(3), 2, RoundingMode.DOWN);
            int offset = (int) (id % TOWNS.length);
            participations.add(new Object[] {id, lead, true, carried ? "COSIGNED" : "INVITED", carried ? third : null});
            int added = 0;
            for (int k = 1; added < 2; k++) {
                String town = TOWNS[(offset + k) % TOWNS.length];
                if (!town.equals(lead)) {
                    participations.add(new Object[] {id, town, false, carried ? "COSIGNED" : "INVITED",
                            carried ? third : null});
                    added++;
                }
            }
            sdgs.add(new Object[] {id, 13});
            sdgs.add(new Object[] {id, (int) (id % 17) + 1 == 13 ? 11 : (int) (id % 17) + 1});
            if (carried) {
                progress.add(new Object[] {id, 1, OffsetDateTime.of(year, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC), 40,
                        BigDecimal.valueOf(3000), BigDecimal.valueOf(2), "Zwischenstand der Maßnahme " + id, false});
                progress.add(new Object[] {id, 2, OffsetDateTime.of(year, 9, 1, 10, 0, 0, 0, ZoneOffset.UTC),
                        status.equals("COMPLETED") ? 100 : 70, BigDecimal.valueOf(7000), BigDecimal.valueOf(5),
                        "Bericht zur Maßnahme " + id + ": Veranstaltungen durchgeführt, Material verteilt, Wirkung "
                                + "gemessen. Die beteiligten Kommunen haben die Ergebnisse in ihren Gremien vorgestellt.",
                        status.equals("COMPLETED")});
            }
        }
        jdbc.batchUpdate("insert into akn_participation (measure_id, member_id, is_lead, status, cost_share_eur, "
                + "staff_days_share, version) values (?, ?, ?, ?, ?, null, 0)", participations);
        jdbc.batchUpdate("insert into akn_measure_sdg (measure_id, sdg) values (?, ?)", sdgs);
        jdbc.batchUpdate("insert into akn_progress_report (measure_id, member_id, report_number, submitted_by, "
                + "submitted_at, progress_percent, progress_status, spent_eur, co2_saved_tonnes, progress_text, "
                + "final_report) values (?, (select lead_member from akn_measure where id = ?), ?, 'km-bench', ?, ?, "
                + "'ON_TRACK', ?, ?, ?, ?)", progress.stream().map(row -> {
                    var withMeasure = new Object[row.length + 1];
                    withMeasure[0] = row[0];
                    System.arraycopy(row, 0, withMeasure, 1, row.length);
                    return withMeasure;
                }).toList());
        return participations.size();
    }

    private static boolean carried(String status) {
        return status.equals("ADOPTED") || status.equals("COMPLETED");
    }
}
