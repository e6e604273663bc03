package de.akn.workflow.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.SeededMeasures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark for {@code bench/public-site.sh}, not part of {@code mvn verify} (no test-name suffix):
 * the public start page and a town page over N published measures (default 1,000), each request a
 * request without ETag, first one client after the other, then four clients at once; then the first
 * request after each of 40 changes of the published data (a full render); and the start page
 * revalidated with its ETag (304). Prints the latencies; asserts only what was served.
 */
class PublicSiteBenchmark extends AknIntegrationTest {

    static final int MEASURES = Integer.getInteger("akn.public.measures", 1_000);
    static final int REQUESTS = Integer.getInteger("akn.public.requests", 400);
    static final int WARM_UP = 100;
    static final int CLIENTS = 4;
    static final int CHANGES = 40;

    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void publicPagesOverManyMeasures() throws Exception {
        int year = Year.now().getValue();
        SeededMeasures.insert(jdbc, MEASURES, year, "ADOPTED", "ADOPTED", "ADOPTED", "COMPLETED");
        String kaarst = "/kommunen/kaarst";

        for (String page : List.of("/", kaarst)) {
            var first = get(page, null);
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).contains("Maßnahme Nr. " + (page.equals("/") ? MEASURES : 3));
            for (int i = 0; i < WARM_UP; i++) {
                get(page, null);
            }
            report(page, "1", sequential(page, null, REQUESTS), first.body().length());
            report(page, String.valueOf(CLIENTS), concurrent(page, REQUESTS), first.body().length());
        }
        // the first visitor after a change of the published data renders the page again
        for (String page : List.of("/", kaarst)) {
            long[] nanos = new long[CHANGES];
            for (int i = 0; i < CHANGES; i++) {
                jdbc.update("update akn_measure set updated_at = ? where reference = ?",
                        java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(i + 1)), "AKN-" + year + "-00003");
                long start = System.nanoTime();
                assertThat(get(page, null).statusCode()).isEqualTo(200);
                nanos[i] = System.nanoTime() - start;
            }
            report(page, "1-changed", nanos, 0);
        }
        String etag = get("/", null).headers().firstValue("ETag").orElseThrow();
        assertThat(get("/", etag).statusCode()).isEqualTo(304);
        report("/", "1-304", sequential("/", etag, REQUESTS), 0);
    }

    private long[] sequential(String page, String etag, int requests) throws Exception {
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            var response = get(page, etag);
            nanos[i] = System.nanoTime() - start;
            assertThat(response.statusCode()).isEqualTo(etag == null ? 200 : 304);
        }
        return nanos;
    }

    private long[] concurrent(String page, int requests) throws Exception {
        var pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            var tasks = new ArrayList<Callable<long[]>>();
            for (int c = 0; c < CLIENTS; c++) {
                tasks.add(() -> sequential(page, null, requests / CLIENTS));
            }
            var all = new ArrayList<Long>();
            for (var result : pool.invokeAll(tasks)) {
                Arrays.stream(result.get()).forEach(all::add);
            }
            return all.stream().mapToLong(Long::longValue).toArray();
        } finally {
            pool.shutdown();
        }
    }

    private HttpResponse<String> get(String page, String etag) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + page)).GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void report(String page, String clients, long[] nanos, int bytes) {
        Arrays.sort(nanos);
        System.out.printf("AKN-BENCH public-site page=%s clients=%s measures=%d requests=%d p50_ms=%.1f p95_ms=%.1f "
                + "max_ms=%.1f kb=%d%n", page, clients, MEASURES, nanos.length, percentile(nanos, 50),
                percentile(nanos, 95), nanos[nanos.length - 1] / 1e6, bytes / 1024);
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(index, 0)] / 1e6;
    }
}
