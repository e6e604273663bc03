package de.akn.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.SeededMeasures;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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

    private long seed() {
        return SeededMeasures.insert(jdbc, MEASURES, YEAR, STATUSES);
    }
}
