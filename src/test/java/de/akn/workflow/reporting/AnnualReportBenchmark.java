package de.akn.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import de.akn.workflow.support.AknIntegrationTest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark for {@code bench/annual-report.sh}, not part of {@code mvn verify} (no test-name
 * suffix): the annual report over N measures (default 10,000) with three participations each
 * (30,000) and two progress reports per adopted or completed measure. Prints the time and the
 * peak heap; asserts only that the report was built.
 */
class AnnualReportBenchmark extends AknIntegrationTest {

    static final int MEASURES = Integer.getInteger("akn.report.measures", 10_000);
    static final int YEAR = 2025;
    static final String[] STATUSES = {"ADOPTED", "ADOPTED", "ADOPTED", "ADOPTED", "COMPLETED", "COMPLETED",
            "COMPLETED", "REJECTED", "COSIGNING", "IN_REVIEW"};
    static final String[] CATEGORIES = {"ENERGY", "MOBILITY", "BUILDINGS", "ADAPTATION", "AWARENESS", "EVENT",
            "PUBLICATION", "OTHER"};
    static final String[] TOWNS = {"dormagen", "grevenbroich", "juechen", "kaarst", "korschenbroich", "meerbusch",
            "rommerskirchen", "rkn"};

    @Autowired
    AnnualReportService reports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void annualReportOverManyMeasures() {
        long seeded = seed();
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);

        long start = System.nanoTime();
        AnnualReport report = reports.generate(YEAR, "benchmark");
        long millis = (System.nanoTime() - start) / 1_000_000;

        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long max = Runtime.getRuntime().maxMemory();
        System.out.printf("AKN-BENCH annual-report measures=%d participations=%d ms=%d peak_heap_mb=%d max_heap_mb=%d "
                + "pdf_kb=%d csv_kb=%d%n", report.getMeasureCount(), seeded, millis, peak / (1024 * 1024),
                max / (1024 * 1024), report.getPdf().length / 1024, report.getCsv().length / 1024);
        assertThat(report.getMeasureCount()).isEqualTo(MEASURES);
    }

    /** @return the number of participations written */
    private long seed() {
        var created = OffsetDateTime.of(YEAR, 2, 1, 10, 0, 0, 0, ZoneOffset.UTC);
        var completed = OffsetDateTime.of(YEAR, 11, 1, 10, 0, 0, 0, ZoneOffset.UTC);
        var measures = new ArrayList<Object[]>();
        for (int i = 1; i <= MEASURES; i++) {
            String status = STATUSES[i % STATUSES.length];
            measures.add(new Object[] {String.format("AKN-%d-%05d", YEAR, i), "Maßnahme Nr. " + i,
                    "Gemeinsame Maßnahme " + i + " der Allianz.", CATEGORIES[i % CATEGORIES.length],
                    TOWNS[i % TOWNS.length], "km-" + TOWNS[i % TOWNS.length], BigDecimal.valueOf(9000 + i % 50 * 1000L),
                    BigDecimal.valueOf(10 + i % 30), BigDecimal.valueOf(i % 40), java.sql.Date.valueOf("2025-03-01"),
                    java.sql.Date.valueOf("2025-12-31"), status, created, status.equals("COMPLETED") ? completed
                    : created, status.equals("COMPLETED") ? completed : null});
        }
        jdbc.batchUpdate("insert into akn_measure (reference, title, summary, category, lead_member, proposer, "
                + "estimated_cost_eur, estimated_staff_days, co2_savings_tonnes_per_year, cost_split, planned_start, "
                + "planned_end, status, created_at, updated_at, completed_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, 'EQUAL', ?, ?, ?, ?, ?, ?, 0)", measures);
        List<Object[]> ids = jdbc.query("select id, status, lead_member, estimated_cost_eur from akn_measure where "
                + "reference like ? order by id", (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getBigDecimal(4)}, "AKN-" + YEAR + "-%");
        var participations = new ArrayList<Object[]>();
        var sdgs = new ArrayList<Object[]>();
        var progress = new ArrayList<Object[]>();
        for (Object[] m : ids) {
            long id = (Long) m[0];
            String status = (String) m[1];
            String lead = (String) m[2];
            boolean carried = status.equals("ADOPTED") || status.equals("COMPLETED");
            BigDecimal third = ((BigDecimal) m[3]).divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.DOWN);
            int offset = (int) (id % TOWNS.length);
            participations.add(new Object[] {id, lead, "LEAD", carried ? third : null});
            int added = 0;
            for (int k = 1; added < 2; k++) {
                String town = TOWNS[(offset + k) % TOWNS.length];
                if (!town.equals(lead)) {
                    participations.add(new Object[] {id, town, carried ? "COSIGNED" : "INVITED", carried ? third : null});
                    added++;
                }
            }
            sdgs.add(new Object[] {id, 13});
            sdgs.add(new Object[] {id, (int) (id % 17) + 1 == 13 ? 11 : (int) (id % 17) + 1});
            if (carried) {
                progress.add(new Object[] {id, 1, OffsetDateTime.of(YEAR, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC), 40,
                        BigDecimal.valueOf(3000), BigDecimal.valueOf(2), "Zwischenstand der Maßnahme " + id, false});
                progress.add(new Object[] {id, 2, OffsetDateTime.of(YEAR, 9, 1, 10, 0, 0, 0, ZoneOffset.UTC),
                        status.equals("COMPLETED") ? 100 : 70, BigDecimal.valueOf(7000), BigDecimal.valueOf(5),
                        "Bericht zur Maßnahme " + id + ": Veranstaltungen durchgeführt, Material verteilt, Wirkung "
                                + "gemessen. Die beteiligten Kommunen haben die Ergebnisse in ihren Gremien vorgestellt.",
                        status.equals("COMPLETED")});
            }
        }
        jdbc.batchUpdate("insert into akn_participation (measure_id, member_id, status, cost_share_eur, "
                + "staff_days_share, version) values (?, ?, ?, ?, null, 0)", participations);
        jdbc.batchUpdate("insert into akn_measure_sdg (measure_id, sdg) values (?, ?)", sdgs);
        jdbc.batchUpdate("insert into akn_progress_report (measure_id, report_number, submitted_by, submitted_at, "
                + "progress_percent, progress_status, spent_eur, co2_saved_tonnes, progress_text, final_report) "
                + "values (?, ?, 'km-bench', ?, ?, 'ON_TRACK', ?, ?, ?, ?)", progress);
        return participations.size();
    }
}
