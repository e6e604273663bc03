package de.akn.workflow.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.TestMail;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Funding programmes as data, the funding calendar (JSON and iCalendar) and the reminders before a call closes. */
class FundingProgrammesTest extends AknIntegrationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    ProcessEngine engine;

    final LocalDate today = LocalDate.now(GermanFormat.ZONE);

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldListTheSeededProgrammesToEveryLoggedInUser() throws Exception {
        JsonNode programmes = json.readTree(call("km-rommerskirchen", HttpMethod.GET, "/api/funding-programmes", null)
                .getBody());
        assertThat(programmes.findValuesAsText("id")).contains("krl", "progres-nrw");
        JsonNode krl = find(programmes, "krl");
        assertThat(krl.get("name").asText()).isEqualTo("Kommunalrichtlinie (NKI)");
        assertThat(krl.get("maxRatePercent").decimalValue()).isEqualByComparingTo("70");
        assertThat(krl.get("calls").get(0).get("opens").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(call(null, HttpMethod.GET, "/api/funding-programmes", null).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldLetTheCoordinatorAddAndChangeProgrammesAndRefuseBadInputInGerman() throws Exception {
        String id = "klimaanpassung-" + System.nanoTime() % 100000;
        var programme = Map.of("id", id, "name", "Klimaanpassung in Kommunen", "provider", "Land NRW",
                "url", "https://www.example.org/foerderung", "maxRatePercent", 80,
                "calls", List.of(Map.of("opens", today.toString(), "closes", today.plusDays(60).toString())));
        // only the coordinator and admin add or change programmes
        assertThat(call("km-kaarst", HttpMethod.POST, "/api/funding-programmes", programme).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        var created = call("coordinator", HttpMethod.POST, "/api/funding-programmes", programme);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation()).hasPath("/api/funding-programmes/" + id);
        var again = call("admin", HttpMethod.POST, "/api/funding-programmes", programme);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("gibt es bereits");

        // bad input: a German message per field, nothing stored
        var bad = new HashMap<String, Object>(programme);
        bad.put("id", "Kein Id!");
        bad.put("maxRatePercent", 120);
        bad.put("url", "ftp://x");
        bad.put("calls", List.of(Map.of("opens", "2027-05-01", "closes", "2027-04-01")));
        var refused = call("coordinator", HttpMethod.POST, "/api/funding-programmes", bad);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = json.readTree(refused.getBody()).get("errors");
        assertThat(errors.get("id").asText()).contains("Kleinbuchstaben");
        assertThat(errors.get("maxRatePercent").asText()).contains("höchstens 100");
        assertThat(errors.get("url").asText()).contains("Internetadresse");
        assertThat(errors.get("calls").asText()).isEqualTo("Ein Förderaufruf kann nicht enden (01.04.2027), bevor er "
                + "beginnt (01.05.2027).");

        // the coordinator changes the rate and adds a call; a proposal checks against the new rate
        var patch = call("coordinator", HttpMethod.PATCH, "/api/funding-programmes/" + id, Map.of("maxRatePercent", 50,
                "calls", List.of(Map.of("opens", today.toString(), "closes", today.plusDays(60).toString()),
                        Map.of("opens", "2028-01-01", "closes", "2028-03-31"))));
        assertThat(patch.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode changed = json.readTree(call("km-kaarst", HttpMethod.GET, "/api/funding-programmes/" + id, null)
                .getBody());
        assertThat(changed.get("maxRatePercent").decimalValue()).isEqualByComparingTo("50");
        assertThat(changed.get("name").asText()).isEqualTo("Klimaanpassung in Kommunen");
        assertThat(changed.get("calls")).hasSize(2);
        assertThat(call("coordinator", HttpMethod.PATCH, "/api/funding-programmes/gibt-es-nicht",
                Map.of("name", "x")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(call("km-kaarst", HttpMethod.PATCH, "/api/funding-programmes/" + id, Map.of("name", "x"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        var proposal = new HashMap<String, Object>(de.akn.workflow.support.TestProposals.climateWeek());
        proposal.put("funding", List.of(Map.of("programme", id, "ratePercent", 60)));
        var tooHigh = call("km-kaarst", HttpMethod.POST, "/api/measures", proposal);
        assertThat(tooHigh.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(tooHigh.getBody()).get("errors").get("funding").asText())
                .isEqualTo("Die Förderquote für Klimaanpassung in Kommunen darf höchstens 50 % betragen "
                        + "(angegeben: 60 %).");
        proposal.put("funding", List.of(Map.of("programme", id, "ratePercent", 50)));
        var accepted = call("km-kaarst", HttpMethod.POST, "/api/measures", proposal);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode measure = json.readTree(call("km-kaarst", HttpMethod.GET, "/api/measures/"
                + json.readTree(accepted.getBody()).get("reference").asText(), null).getBody());
        // no deadline given: the close of the programme's next call
        assertThat(measure.get("funding").get(0).get("applicationDeadline").asText())
                .isEqualTo(today.plusDays(60).toString());
        assertThat(measure.get("netCostEur").decimalValue()).isEqualByComparingTo("6000.00");
    }

    @Test
    void shouldListTheCallsOfTheNextTwelveMonthsAlsoAsCalendarFile() throws Exception {
        String id = "kalender-" + System.nanoTime() % 100000;
        call("coordinator", HttpMethod.POST, "/api/funding-programmes", Map.of("id", id, "name",
                "Kalenderprogramm; mit Komma, und Semikolon", "maxRatePercent", 40, "url", "https://example.org/k",
                "calls", List.of(
                        Map.of("opens", today.minusDays(30).toString(), "closes", today.plusDays(20).toString()),
                        Map.of("opens", today.minusDays(60).toString(), "closes", today.minusDays(1).toString()),
                        Map.of("opens", today.plusMonths(6).toString(), "closes", today.plusMonths(7).toString()),
                        Map.of("opens", today.plusMonths(13).toString(), "closes", today.plusMonths(14).toString()))));

        JsonNode calendar = json.readTree(call("km-juechen", HttpMethod.GET, "/api/funding-calendar", null).getBody());
        var ours = new ArrayList<JsonNode>();
        calendar.forEach(entry -> {
            if (entry.get("programme").asText().equals(id)) {
                ours.add(entry);
            }
        });
        // the open call and the one opening in six months; not the closed one nor the one beyond twelve months
        assertThat(ours).extracting(e -> e.get("closes").asText()).containsExactly(today.plusDays(20).toString(),
                today.plusMonths(7).toString());
        var closes = calendar.findValuesAsText("closes");
        assertThat(closes).isSorted();

        var ics = call("km-juechen", HttpMethod.GET, "/api/funding-calendar.ics", null);
        assertThat(ics.getHeaders().getContentType().toString()).startsWith("text/calendar");
        var events = parseIcs(ics.getBody());
        var mine = events.stream().filter(e -> e.getOrDefault("SUMMARY", "").contains("Kalenderprogramm")).toList();
        assertThat(mine).hasSize(2);
        assertThat(mine.get(0).get("SUMMARY")).isEqualTo("Förderaufruf endet: Kalenderprogramm\\; mit Komma\\, und "
                + "Semikolon");
        assertThat(mine.get(0).get("DTSTART;VALUE=DATE")).isEqualTo(today.plusDays(20)
                .format(DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(mine.get(0).get("URL")).isEqualTo("https://example.org/k");
        assertThat(mine.get(0).get("DESCRIPTION")).contains(GermanFormat.date(today.minusDays(30)))
                .contains(GermanFormat.date(today.plusDays(20)));
        assertThat(events).allMatch(e -> e.containsKey("UID") && e.containsKey("DTSTAMP"));
    }

    @Test
    void shouldRemindEveryClimateManagerThirtyAndSevenDaysBeforeACallClosesOnceEach() throws Exception {
        // Given a call closing in 45 days
        String name = "Erinnerungsprogramm " + System.nanoTime() % 100000;
        LocalDate closes = today.plusDays(45);
        call("coordinator", HttpMethod.POST, "/api/funding-programmes", Map.of("id", "erinnerung-"
                + System.nanoTime() % 100000, "name", name, "maxRatePercent", 40,
                "calls", List.of(Map.of("opens", today.toString(), "closes", closes.toString()))));

        // When the daily run (06:30) comes 44 days before: nothing yet
        runDaily(closes.minusDays(44));
        // 30 days before: every climate manager and the coordinator, once even if the run repeats
        runDaily(closes.minusDays(30));
        runDaily(closes.minusDays(29));
        await().atMost(Duration.ofSeconds(30)).until(() -> reminders("km-rommerskirchen@example.org", name) == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> reminders("coordinator@example.org", name) == 1);
        // 7 days before: the second reminder
        runDaily(closes.minusDays(7));
        await().atMost(Duration.ofSeconds(30)).until(() -> reminders("km-kaarst@example.org", name) == 2);
        runDaily(closes.minusDays(3));
        Thread.sleep(1500);
        assertThat(reminders("km-kaarst@example.org", name)).isEqualTo(2);
        assertThat(reminders("ea-nrw@example.org", name)).as("the partner is not a climate manager").isZero();
        var mail = TestMail.receivedBy("km-dormagen@example.org").stream()
                .filter(m -> subject(m).contains(name)).findFirst().orElseThrow();
        assertThat(subject(mail)).isEqualTo("Förderaufruf endet am " + GermanFormat.date(closes) + ": " + name);
        assertThat(TestMail.text(mail)).contains("läuft vom " + GermanFormat.date(today) + " bis zum "
                + GermanFormat.date(closes)).contains("/api/funding-calendar.ics");
    }

    /** The timer of {@code funding-calendar} fires on {@code day} at 06:30 by the engine's clock. */
    private void runDaily(LocalDate day) {
        var management = engine.getManagementService();
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(6, 30)).atZone(GermanFormat.ZONE).toInstant()));
        Date now = ClockUtil.getCurrentTime();
        var timer = management.createJobQuery().processDefinitionKey("funding-calendar").timers().singleResult();
        try {
            management.setJobDuedate(timer.getId(), now);
            management.executeJob(timer.getId());
        } catch (OptimisticLockingException e) {
            // the application's job executor fired the timer in the same moment
        }
        // either way, the day's timer has fired once: the next one is due later
        await().atMost(Duration.ofSeconds(20)).until(() -> management.createJobQuery()
                .processDefinitionKey("funding-calendar").timers().duedateLowerThan(new Date(now.getTime() + 1))
                .count() == 0);
        // the reminders run as a job of their own; the application's job executor may take it first
        for (var job : management.createJobQuery().processDefinitionKey("funding-calendar").messages().list()) {
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException e) {
                // executed (or being executed) by the job executor
            }
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> management.createJobQuery()
                .processDefinitionKey("funding-calendar").messages().count() == 0);
    }

    private long reminders(String address, String programme) {
        return TestMail.receivedBy(address).stream().filter(m -> subject(m).contains("Förderaufruf endet")
                && subject(m).contains(programme)).count();
    }

    private static String subject(jakarta.mail.internet.MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The VEVENTs of an iCalendar text (RFC 5545: lines unfolded), each as property → value. */
    static List<Map<String, String>> parseIcs(String ics) {
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        var events = new ArrayList<Map<String, String>>();
        Map<String, String> current = null;
        for (String folded : ics.split("\r\n")) {
            assertThat(folded.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        for (String line : ics.replace("\r\n ", "").split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                current = new HashMap<>();
            } else if (line.equals("END:VEVENT")) {
                events.add(current);
                current = null;
            } else if (current != null) {
                int colon = line.indexOf(':');
                current.put(line.substring(0, colon), line.substring(colon + 1));
            }
        }
        return events;
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode node : list) {
            if (node.get("id").asText().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no " + id);
    }

    private ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var client = user == null ? rest : rest.withBasicAuth(user, "demo");
        try {
            return client.exchange(path, method, new HttpEntity<>(body == null ? null : json.writeValueAsString(body),
                    headers), String.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
