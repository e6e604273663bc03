package de.akn.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.akn.workflow.implementation.ImplementationProcess;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.review.ReviewProcess;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.MeasureLifecycle;
import de.akn.workflow.support.TestMail;
import de.akn.workflow.support.TestProposals;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * More than a hundred malformed or hostile inputs to {@code /api} and to task completion (wrong
 * types, huge strings, unknown members, SQL/HTML/script, invalid dates, missing fields): each gets
 * a 4xx with a German message and leaves nothing behind; hostile text that is valid is stored as
 * text and escaped where it is shown.
 */
class HostileInputTest extends AknIntegrationTest {

    static final String SQL = "'; drop table akn_measure; --";
    static final String SCRIPT = "<script>alert(document.cookie)</script>";
    static final String HUGE = "A".repeat(200_000);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MeasureService measures;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ObjectMapper json;

    @TestFactory
    Stream<DynamicTest> hostileProposalsGetAGerman400AndCreateNothing() {
        var cases = new LinkedHashMap<String, Object>();
        Object[] junk = {SQL, SCRIPT, HUGE, 42, -1, 3.14, true, List.of(), List.of(1, 2), Map.of("x", 1), "", "\u0000\u202e"};
        String[] fields = {"title", "summary", "category", "sdgs", "estimatedCostEur", "estimatedStaffDays",
                "costSplit", "plannedStart", "plannedEnd", "invitedMembers"};
        for (String field : fields) {
            for (Object value : junk) {
                if (acceptable(field, value)) {
                    continue;
                }
                cases.put(field + " = " + describe(value), TestProposals.with(TestProposals.climateWeek(), field, value));
            }
            if (!field.equals("costSplit")) { // missing: equal shares
                cases.put(field + " missing", TestProposals.with(TestProposals.climateWeek(), field, null));
            }
        }
        cases.put("invited: unknown member", TestProposals.with(TestProposals.climateWeek(), "invitedMembers",
                List.of("neuss")));
        cases.put("invited: SQL as member", TestProposals.with(TestProposals.climateWeek(), "invitedMembers",
                List.of(SQL)));
        cases.put("invited: the partner", TestProposals.with(TestProposals.climateWeek(), "invitedMembers",
                List.of("energieagentur")));
        cases.put("dates: 30 February", TestProposals.with(TestProposals.climateWeek(), "plannedStart", "2027-02-30"));
        cases.put("dates: year 99999", TestProposals.with(TestProposals.climateWeek(), "plannedEnd", "99999-01-01"));
        cases.put("costs: NaN", TestProposals.with(TestProposals.climateWeek(), "estimatedCostEur", "NaN"));
        cases.put("costs: Infinity", TestProposals.with(TestProposals.climateWeek(), "estimatedCostEur", "Infinity"));
        cases.put("costs: 1e400", TestProposals.with(TestProposals.climateWeek(), "estimatedCostEur", "1e400"));
        cases.put("sdgs: 1000 entries", TestProposals.with(TestProposals.climateWeek(), "sdgs",
                java.util.Collections.nCopies(1000, 13)));
        cases.put("title with script and no summary", TestProposals.with(TestProposals.with(
                TestProposals.climateWeek(), "title", SCRIPT), "summary", null));
        List<DynamicTest> tests = new ArrayList<>();
        cases.forEach((name, body) -> tests.add(DynamicTest.dynamicTest("POST /api/measures, " + name,
                () -> assertRefusedAndNothingCreated(() -> postJson("/api/measures", json.writeValueAsString(body))))));
        for (String raw : List.of("", "null", "[]", "\"text\"", "{", "{\"title\": }", "{\"title\": \"x\"", "<xml/>",
                "{\"sdgs\": [1,]}", "\u00ff\u00fe")) {
            tests.add(DynamicTest.dynamicTest("POST /api/measures, raw body " + describe(raw),
                    () -> assertRefusedAndNothingCreated(() -> postJson("/api/measures", raw))));
        }
        tests.add(DynamicTest.dynamicTest("POST /api/measures as XML", () -> assertRefusedAndNothingCreated(() -> {
            var headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_XML);
            return rest.withBasicAuth("km-kaarst", "demo").postForEntity("/api/measures",
                    new HttpEntity<>("<measure/>", headers), String.class);
        })));
        for (String year : List.of("abc", "-1", "1999", "9999", "2026.5", "1e3", SQL.replace("/", ""))) {
            tests.add(DynamicTest.dynamicTest("POST /api/reports/annual/" + describe(year), () -> {
                var response = rest.withBasicAuth("coordinator", "demo").postForEntity("/api/reports/annual/{y}",
                        null, String.class, year);
                assertGerman4xx(response.getStatusCode().value(), response.getBody());
            }));
        }
        assertThat(tests).hasSizeGreaterThan(80);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> hostileTaskCompletionsGetAGerman400AndChangeNothing() {
        var lifecycle = new MeasureLifecycle(engine, measures, tx);
        Measure cosigning = lifecycle.propose("km-rommerskirchen", TestProposals.with(TestProposals.climateWeek(),
                "invitedMembers", List.of("grevenbroich")));
        lifecycle.complete("coordinator", lifecycle.task(cosigning, ReviewProcess.TASK_FORMAL_REVIEW),
                Map.of("reviewDecision", "APPROVE"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> lifecycle.cosignTask(cosigning, "grevenbroich") != null);
        String cosignTask = lifecycle.cosignTask(cosigning, "grevenbroich").getId();
        Measure reporting = lifecycle.adopted("km-dormagen", TestProposals.with(TestProposals.climateWeek(),
                "invitedMembers", List.of("korschenbroich")));
        String reportTask = lifecycle.task(reporting, ImplementationProcess.TASK_PROGRESS_REPORT).getId();
        Measure review = lifecycle.propose("km-meerbusch", TestProposals.climateWeek());
        String reviewTask = lifecycle.task(review, ReviewProcess.TASK_FORMAL_REVIEW).getId();

        var cases = new ArrayList<Object[]>();
        for (Object decision : new Object[] {"MAYBE", "cosign", 1, "", SQL, SCRIPT}) {
            cases.add(new Object[] {"km-grevenbroich", cosignTask, cosigning, Map.of("cosignDecision", decision)});
        }
        for (Object date : new Object[] {"31.02.2027", "01.01.2000", "morgen", "2027-13-01", 20270101, SCRIPT}) {
            cases.add(new Object[] {"km-grevenbroich", cosignTask, cosigning,
                    Map.of("cosignDecision", "COUNCIL_PENDING", "councilMeetingDate", date)});
        }
        cases.add(new Object[] {"km-grevenbroich", cosignTask, cosigning, Map.of("cosignDecision", "COSIGN",
                "cosignComment", HUGE)});
        for (Map<String, Object> report : List.of(report(101, 0), report(-1, 0), report(50, -10), report(50, 1e13),
                Map.<String, Object>of("progressPercent", "viel", "progressStatus", "ON_TRACK", "spentEur", 0,
                        "progressText", "x"), Map.<String, Object>of("progressPercent", 10, "progressStatus", SQL,
                        "spentEur", 0, "progressText", "x"), Map.<String, Object>of("progressPercent", 10,
                        "progressStatus", "ON_TRACK", "spentEur", 0, "progressText", HUGE),
                Map.<String, Object>of("progressPercent", 10, "progressStatus", "ON_TRACK", "spentEur", 0))) {
            cases.add(new Object[] {"km-dormagen", reportTask, reporting, report});
        }
        for (Map<String, Object> decision : List.of(Map.<String, Object>of("reviewDecision", "LGTM"),
                Map.<String, Object>of("reviewDecision", "REJECT"), Map.<String, Object>of("reviewDecision", "REVISE",
                        "reviewComment", " "), Map.<String, Object>of("reviewDecision", 7))) {
            cases.add(new Object[] {"coordinator", reviewTask, review, decision});
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest("complete " + describe(((Map<?, ?>) c[3]).toString())
                + " as " + c[0], () -> {
                    String user = (String) c[0];
                    String taskId = (String) c[1];
                    Measure measure = (Measure) c[2];
                    int events = measures.events(measure).size();
                    var body = new HashMap<String, Object>();
                    ((Map<String, Object>) c[3]).forEach((k, v) -> body.put(k, Map.of("value", v)));
                    var response = postJson(user, "/engine-rest/task/" + taskId + "/complete",
                            json.writeValueAsString(Map.of("variables", body)));
                    assertGerman4xx(response.getStatusCode().value(), response.getBody());
                    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).as("task still open")
                            .isEqualTo(1);
                    assertThat(measures.events(measure)).as("no event").hasSize(events);
                }));
    }

    @Test
    void hostileButValidTextIsStoredAsTextAndEscapedInMails() throws Exception {
        String title = "<b>Fett</b> & " + SCRIPT;
        var body = TestProposals.with(TestProposals.climateWeek(), "title", title);
        var response = postJson("/api/measures", json.writeValueAsString(body));
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        String reference = json.readTree(response.getBody()).get("reference").asText();
        assertThat(jdbc.queryForObject("select title from akn_measure where reference = ?", String.class, reference))
                .isEqualTo(title);

        await().atMost(Duration.ofSeconds(20)).until(() -> !TestMail.subjectsTo("coordinator@example.org", reference)
                .isEmpty());
        var mail = TestMail.receivedBy("coordinator@example.org").stream()
                .filter(m -> TestMail.raw(m).contains(reference)).findFirst().orElseThrow();
        String html = html((MimeMultipart) mail.getContent());
        assertThat(html).contains("&lt;script&gt;alert(document.cookie)&lt;/script&gt;", "&lt;b&gt;Fett&lt;/b&gt; &amp;")
                .doesNotContain(SCRIPT, "<b>Fett</b>");
    }

    // --- helpers

    private void assertRefusedAndNothingCreated(ThrowingSupplier<ResponseEntity<String>> call) throws Exception {
        long measures = count("select count(*) from akn_measure");
        long events = count("select count(*) from akn_measure_event");
        long proposals = count("select count(*) from akn_notification where subject like '%Neuer Maßnahmenvorschlag%'");
        long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(
                "joint-measure").count();
        var response = call.get();
        assertGerman4xx(response.getStatusCode().value(), response.getBody());
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("problem+json").isTrue();
        assertThat(count("select count(*) from akn_measure")).isEqualTo(measures);
        assertThat(count("select count(*) from akn_measure_event")).isEqualTo(events);
        assertThat(count("select count(*) from akn_notification where subject like '%Neuer Maßnahmenvorschlag%'"))
                .isEqualTo(proposals);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(
                "joint-measure").count()).isEqualTo(instances);
    }

    private static void assertGerman4xx(int status, String body) {
        assertThat(status).as("status for %s", shorten(body)).isBetween(400, 499);
        assertThat(body).as("German message").isNotBlank()
                .containsPattern("(Bitte|Ungültig|ungültig|nicht|keine|darf|muss|Unbekannt|höchstens|Berichtsjahr|"
                        + "Zahl|JSON|Anfrage)");
        // a refused value may be quoted back (shortened) in the JSON message; JSON is not rendered as HTML
        assertThat(body).doesNotContain("at de.akn", "at org.", "Exception:", "No message available");
    }

    private ResponseEntity<String> postJson(String path, String body) {
        return postJson("km-kaarst", path, body);
    }

    private ResponseEntity<String> postJson(String user, String path, String body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static Map<String, Object> report(int percent, double spent) {
        return Map.of("progressPercent", percent, "progressStatus", "ON_TRACK", "spentEur", spent, "progressText",
                "Bericht");
    }

    /** Values that are legitimate for the field (they would create a measure, which is not this test's point). */
    private static boolean acceptable(String field, Object value) {
        return (field.equals("summary") && value instanceof String s && !s.isBlank() && s.length() <= 10_000)
                || (field.equals("title") && (value.equals(SQL) || value.equals(SCRIPT)))
                || ((field.equals("estimatedCostEur") || field.equals("estimatedStaffDays"))
                        && (value.equals(42) || value.equals(3.14)))
                || (field.equals("sdgs") && value.equals(List.of(1, 2)))
                || (field.equals("costSplit") && value.equals(""));
    }

    private static String describe(Object value) {
        String text = String.valueOf(value);
        return text.length() > 30 ? text.substring(0, 12) + "…(" + text.length() + " Zeichen)" : text;
    }

    private static String shorten(String body) {
        return body == null ? "null" : body.substring(0, Math.min(300, body.length()));
    }

    private static String html(MimeMultipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.isMimeType("text/html")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof MimeMultipart nested) {
                String html = html(nested);
                if (html != null) {
                    return html;
                }
            }
        }
        return null;
    }

    @FunctionalInterface
    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
