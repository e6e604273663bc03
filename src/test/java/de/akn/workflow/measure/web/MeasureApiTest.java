package de.akn.workflow.measure.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.TestProposals;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

class MeasureApiTest extends AknIntegrationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ObjectMapper json;

    @Test
    void shouldCreateMeasureAndStartReview() throws Exception {
        var response = post("km-kaarst", TestProposals.climateWeek());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = json.readTree(response.getBody());
        String reference = body.get("reference").asText();
        assertThat(reference).matches("AKN-\\d{4}-\\d{3}");
        assertThat(body.get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(response.getHeaders().getLocation()).hasPath("/api/measures/" + reference);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(body.get("processInstanceId")
                .asText()).singleResult().getBusinessKey()).isEqualTo(reference);

        JsonNode measure = json.readTree(get("km-dormagen", "/api/measures/" + reference).getBody());
        assertThat(measure.get("leadMember").asText()).isEqualTo("kaarst");
        assertThat(measure.get("proposer").asText()).isEqualTo("km-kaarst");
        assertThat(measure.get("sdgs").toString()).isEqualTo("[11,13]");
        assertThat(measure.get("estimatedCostEur").decimalValue()).isEqualByComparingTo("12000");
        assertThat(measure.get("participations").findValuesAsText("member"))
                .containsExactly("kaarst", "dormagen", "meerbusch");
        assertThat(measure.get("participations").findValuesAsText("status"))
                .containsExactly("INVITED", "INVITED", "INVITED");
        assertThat(measure.get("participations").findValuesAsText("lead")).containsExactly("true", "false", "false");
        assertThat(measure.get("reports").isArray()).isTrue();

        JsonNode events = json.readTree(get("coordinator", "/api/measures/" + reference + "/events").getBody());
        assertThat(events.findValuesAsText("type")).containsExactly("PROPOSED");
        assertThat(events.get(0).get("actor").asText()).isEqualTo("km-kaarst");
        // the invited towns by name and article, not by their ids
        assertThat(events.get(0).get("detail").asText())
                .endsWith("; zur Mitzeichnung eingeladen: die Stadt Dormagen und die Stadt Meerbusch")
                .doesNotContain("dormagen", "meerbusch");
    }

    @Test
    void shouldShowMeasuresOnlyToMembersTakingPart() throws Exception {
        String reference = json.readTree(post("km-kaarst", TestProposals.climateWeek()).getBody())
                .get("reference").asText();
        assertThat(get("km-meerbusch", "/api/measures/" + reference).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("km-juechen", "/api/measures/" + reference).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("km-juechen", "/api/measures/" + reference + "/events").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("coordinator", "/api/measures/" + reference).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(get("km-juechen", "/api/measures").getBody()).findValuesAsText("reference"))
                .doesNotContain(reference);
        assertThat(json.readTree(get("coordinator", "/api/measures?status=IN_REVIEW&member=meerbusch").getBody())
                .findValuesAsText("reference")).contains(reference);
        assertThat(json.readTree(get("coordinator", "/api/measures?member=juechen").getBody())
                .findValuesAsText("reference")).doesNotContain(reference);
        assertThat(get("km-kaarst", "/api/measures/AKN-1999-999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity("/api/measures", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    static Stream<Arguments> invalidProposals() {
        var valid = TestProposals.climateWeek();
        return Stream.of(
                Arguments.of("title", TestProposals.with(valid, "title", null), "Titel"),
                Arguments.of("title", TestProposals.with(valid, "title", "Kurz"), "5 bis 200"),
                Arguments.of("title", TestProposals.with(valid, "title", "x".repeat(201)), "5 bis 200"),
                Arguments.of("title", TestProposals.with(valid, "title", 12345), "Titel"),
                Arguments.of("summary", TestProposals.with(valid, "summary", null), "Kurzbeschreibung"),
                Arguments.of("summary", TestProposals.with(valid, "summary", "   "), "Kurzbeschreibung"),
                Arguments.of("category", TestProposals.with(valid, "category", null), "Handlungsfeld"),
                Arguments.of("category", TestProposals.with(valid, "category", "PARTY"), "Erlaubt sind"),
                Arguments.of("sdgs", TestProposals.with(valid, "sdgs", null), "SDG"),
                Arguments.of("sdgs", TestProposals.with(valid, "sdgs", List.of()), "mindestens ein"),
                Arguments.of("sdgs", TestProposals.with(valid, "sdgs", List.of(0)), "1 bis 17"),
                Arguments.of("sdgs", TestProposals.with(valid, "sdgs", List.of(18)), "1 bis 17"),
                Arguments.of("sdgs", TestProposals.with(valid, "sdgs", List.of(13, 13)), "doppelt"),
                Arguments.of("sdgs", TestProposals.with(valid, "sdgs", "13"), "Liste"),
                Arguments.of("estimatedCostEur", TestProposals.with(valid, "estimatedCostEur", null), "Kosten"),
                Arguments.of("estimatedCostEur", TestProposals.with(valid, "estimatedCostEur", -1), "negativ"),
                Arguments.of("estimatedCostEur", TestProposals.with(valid, "estimatedCostEur", "viel"), "Zahl"),
                Arguments.of("estimatedCostEur", TestProposals.with(valid, "estimatedCostEur", 12.345), "Nachkomma"),
                Arguments.of("estimatedCostEur", TestProposals.with(valid, "estimatedCostEur", 1e12), "hoch"),
                Arguments.of("estimatedStaffDays", TestProposals.with(valid, "estimatedStaffDays", -0.5), "negativ"),
                Arguments.of("estimatedStaffDays", TestProposals.with(valid, "estimatedStaffDays", null), "Personentage"),
                Arguments.of("co2SavingsTonnesPerYear", TestProposals.with(valid, "co2SavingsTonnesPerYear", -3),
                        "negativ"),
                Arguments.of("costSplit", TestProposals.with(valid, "costSplit", "RANDOM"), "EQUAL, POPULATION"),
                Arguments.of("plannedStart", TestProposals.with(valid, "plannedStart", null), "Beginn"),
                Arguments.of("plannedStart", TestProposals.with(valid, "plannedStart", "03/01/2027"), "JJJJ-MM-TT"),
                Arguments.of("plannedStart", TestProposals.with(valid, "plannedStart", "31.02.2027"), "TT.MM.JJJJ"),
                Arguments.of("plannedEnd", TestProposals.with(valid, "plannedEnd", "2027-02-30"), "JJJJ-MM-TT"),
                Arguments.of("plannedEnd", TestProposals.with(valid, "plannedEnd", "2027-02-28"), "nicht vor"),
                Arguments.of("co2LifetimeYears", TestProposals.with(valid, "co2LifetimeYears", 51), "1 bis 50 Jahren"),
                Arguments.of("co2LifetimeYears", TestProposals.with(valid, "co2LifetimeYears", 0), "1 bis 50 Jahren"),
                Arguments.of("eeaField", TestProposals.with(valid, "eeaField", 9), "Maßnahmenbereich des European Energy Award aus der Liste"),
                Arguments.of("invitedMembers", TestProposals.with(valid, "invitedMembers", null), "Bitte laden Sie"),
                Arguments.of("invitedMembers", TestProposals.with(valid, "invitedMembers", List.of()), "Bitte laden Sie"),
                Arguments.of("invitedMembers", TestProposals.with(valid, "invitedMembers", List.of("kaarst")),
                        "außer Ihrer eigenen"),
                Arguments.of("invitedMembers", TestProposals.with(valid, "invitedMembers", List.of("neuss")),
                        "Unbekanntes Mitglied"),
                Arguments.of("invitedMembers", TestProposals.with(valid, "invitedMembers",
                        List.of("dormagen", "dormagen")), "doppelt"),
                Arguments.of("invitedMembers", TestProposals.with(valid, "invitedMembers",
                        List.of("dormagen", "energieagentur")), "strategischer Partner"),
                Arguments.of("invitedMembers", TestProposals.with(valid, "invitedMembers", "dormagen"), "Liste"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("invalidProposals")
    void shouldRejectInvalidProposalWithGermanMessageAndCreateNothing(String field, Map<String, Object> body,
            String message) throws Exception {
        long measures = count("akn_measure");
        long notifications = count("akn_notification");
        long events = count("akn_measure_event");
        long instances = runtimeService.createProcessInstanceQuery().count();

        var response = post("km-kaarst", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("errors").get(field)).as("error for %s in %s", field, problem).isNotNull();
        assertThat(problem.get("errors").get(field).asText()).contains(message);
        assertThat(problem.get("errors").size()).isEqualTo(1);
        assertThat(count("akn_measure")).isEqualTo(measures);
        assertThat(count("akn_notification")).isEqualTo(notifications);
        assertThat(count("akn_measure_event")).isEqualTo(events);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    @Test
    void shouldRejectMalformedJsonWith400() {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var response = rest.withBasicAuth("km-kaarst", "demo").postForEntity("/api/measures",
                new HttpEntity<>("{\"title\": ", headers), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("kein gültiges JSON");
    }

    @Test
    void shouldRefuseProposalsFromAccountsWithoutMemberWith403() {
        long measures = count("akn_measure");
        var response = post("ea-nrw", TestProposals.climateWeek());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody()).contains("keiner Mitgliedskommune");
        assertThat(count("akn_measure")).isEqualTo(measures);
    }

    @Test
    void shouldHandOutDistinctReferencesUnderConcurrentProposals() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        var futures = new java.util.ArrayList<java.util.concurrent.Future<ResponseEntity<String>>>();
        for (String user : List.of("km-kaarst", "km-dormagen", "km-meerbusch", "km-korschenbroich", "km-kaarst",
                "km-dormagen")) {
            futures.add(pool.submit(() -> post(user, TestProposals.with(TestProposals.climateWeek(),
                    "invitedMembers", List.of("rkn")))));
        }
        var references = new java.util.HashSet<String>();
        for (var future : futures) {
            var response = future.get();
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            references.add(json.readTree(response.getBody()).get("reference").asText());
        }
        pool.shutdown();
        assertThat(references).hasSize(6);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private ResponseEntity<String> post(String user, Map<String, Object> body) {
        return rest.withBasicAuth(user, "demo").postForEntity("/api/measures", body, String.class);
    }

    private ResponseEntity<String> get(String user, String path) {
        return rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
    }
}
