package de.akn.workflow.cosigning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.akn.workflow.common.ForbiddenProblem;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.common.WorkingDays;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.ParticipationStatus;
import de.akn.workflow.review.ReviewProcess;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.MeasureLifecycle;
import de.akn.workflow.support.TestMail;
import de.akn.workflow.support.TestProposals;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The route inside a town hall: the reviewer does not decide for the Kreis, the Zeichnungsberechtigte sign
 * (or not), a committee prepares and the council decides (referral, changes, urgent decision), the
 * Vorlagenschluss, and the town halls' calendar.
 */
class DecisionRouteTest extends AknIntegrationTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    MeasureService measures;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    WorkingDays workingDays;

    MeasureLifecycle lifecycle;
    final LocalDate today = LocalDate.now(GermanFormat.ZONE);

    @BeforeEach
    void lifecycle() {
        lifecycle = new MeasureLifecycle(engine, measures, tx);
    }

    @AfterEach
    void restoreMemberData() {
        patch("juechen", Map.of("signOffRequired", false));
        patch("korschenbroich", Map.of("bodies", List.of()));
        if (engine.getIdentityService().createUserQuery().userId("coordinator-deputy").memberOfGroup("member-rkn")
                .count() > 0) {
            engine.getIdentityService().deleteMembership("coordinator-deputy", "member-rkn");
        }
    }

    @Test
    void shouldNotLetTheReviewerDecideForTheKreis() {
        // Given the coordinator's deputy, who also works in the Kreis' climate management, reviews a measure
        engine.getIdentityService().createMembership("coordinator-deputy", "member-rkn");
        Measure measure = lifecycle.propose("km-kaarst", TestProposals.with(TestProposals.climateWeek(),
                "invitedMembers", List.of("rkn")));
        lifecycle.complete("coordinator-deputy", lifecycle.task(measure, ReviewProcess.TASK_FORMAL_REVIEW),
                Map.of("reviewDecision", "APPROVE"));
        await().atMost(Duration.ofSeconds(20)).until(() -> lifecycle.cosignTask(measure, "rkn") != null);
        Task kreis = lifecycle.cosignTask(measure, "rkn");

        // When the deputy co-signs for the Kreis: refused in German, through the engine's REST API and in Java
        var viaRest = rest.withBasicAuth("coordinator-deputy", "demo").exchange("/engine-rest/task/" + kreis.getId()
                + "/complete", HttpMethod.POST, json("{\"variables\": {\"cosignDecision\": {\"value\": \"COSIGN\"}}}"),
                String.class);
        assertThat(viaRest.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(viaRest.getBody()).contains("Trennung von Prüfung und Entscheidung");
        assertThatThrownBy(() -> lifecycle.complete("coordinator-deputy", kreis, Map.of("cosignDecision", "COSIGN")))
                .isInstanceOf(ForbiddenProblem.class);
        assertThat(lifecycle.reload(measure).participationOf("rkn").orElseThrow().getStatus())
                .isEqualTo(ParticipationStatus.INVITED);

        // Then the Kreis' climate management decides; the demo coordinator is no longer in the Kreis' group
        lifecycle.complete("km-rkn", kreis, Map.of("cosignDecision", "COSIGN"));
        assertThat(lifecycle.reload(measure).participationOf("rkn").orElseThrow().getStatus())
                .isEqualTo(ParticipationStatus.COSIGNED);
        assertThat(engine.getIdentityService().createUserQuery().userId("coordinator").memberOfGroup("member-rkn")
                .count()).isZero();
    }

    @Test
    void shouldWaitForTheSignOffAndDeclineWhenItIsRefused() {
        // Given Jüchen requires the sign-off of its Zeichnungsberechtigte
        assertThat(patch("juechen", Map.of("signOffRequired", true)).get("signOffRequired").asBoolean()).isTrue();
        Measure measure = approved(List.of("juechen", "dormagen"));

        // When Jüchen's climate manager co-signs, the participation waits for the sign-off
        lifecycle.cosign("km-juechen", measure, "juechen");
        Task signOff = signOffTask(measure, "juechen");
        assertThat(lifecycle.reload(measure).participationOf("juechen").orElseThrow().getStatus())
                .isEqualTo(ParticipationStatus.SIGNOFF_PENDING);
        TestMail.awaitSubject("signoff-juechen@example.org", measure.getReference(), "Bitte um Zeichnung");
        assertThat(TestMail.textOf("signoff-juechen@example.org", measure.getReference(), "Zeichnung"))
                .contains("/council-draft/juechen.pdf");
        // the Zeichnungsberechtigte read the Beschlussvorlage; the climate manager cannot sign
        assertThat(rest.withBasicAuth("signoff-juechen", "demo").getForEntity("/api/measures/"
                + measure.getReference() + "/council-draft/juechen.pdf", byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThatThrownBy(() -> lifecycle.complete("km-juechen", signOff, Map.of("signOffDecision", "APPROVE")))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);

        // a refusal needs a reason; then Jüchen declines and its climate management learns why
        assertThatThrownBy(() -> lifecycle.complete("signoff-juechen", signOff, Map.of("signOffDecision", "REJECT")))
                .isInstanceOf(ValidationProblem.class);
        lifecycle.complete("signoff-juechen", signOff, Map.of("signOffDecision", "REJECT", "signOffComment",
                "Keine Haushaltsmittel im Produkt Klimaschutz."));
        assertThat(lifecycle.reload(measure).participationOf("juechen").orElseThrow().getStatus())
                .isEqualTo(ParticipationStatus.DECLINED);
        TestMail.awaitSubject("km-juechen@example.org", measure.getReference(), "nicht gezeichnet");
        assertThat(TestMail.textOf("km-juechen@example.org", measure.getReference(), "nicht gezeichnet"))
                .contains("Keine Haushaltsmittel im Produkt Klimaschutz.", "die Stadt Jüchen");

        // a second measure: signed, and the measure is adopted
        Measure signed = approved(List.of("juechen"));
        lifecycle.cosign("km-juechen", signed, "juechen");
        lifecycle.complete("signoff-juechen", signOffTask(signed, "juechen"), Map.of("signOffDecision", "APPROVE"));
        lifecycle.awaitStatus(signed, MeasureStatus.ADOPTED);
        assertThat(lifecycle.reload(signed).participationOf("juechen").orElseThrow().getStatus())
                .isEqualTo(ParticipationStatus.COSIGNED);
    }

    @Test
    void shouldLetACommitteePrepareAndTheCouncilDecideAfterAReferral() throws Exception {
        // Given Korschenbroich's bodies: its committee and its council
        JsonNode member = patch("korschenbroich", Map.of("bodies", List.of(
                Map.of("id", "ukm", "name", "Ausschuss für Umwelt, Klima und Mobilität", "kind", "COMMITTEE"),
                Map.of("id", "rat", "name", "Rat der Stadt Korschenbroich", "kind", "COUNCIL"))));
        assertThat(member.get("bodies").findValuesAsText("id")).containsExactly("ukm", "rat");
        var badBodies = rest.withBasicAuth("coordinator", "demo").exchange("/api/members/korschenbroich",
                HttpMethod.PATCH, json("{\"bodies\": [{\"id\": \"ukm\", \"name\": \"Ausschuss\", \"kind\": "
                        + "\"COMMITTEE\"}]}"), JsonNode.class);
        assertThat(badBodies.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badBodies.getBody().get("errors").get("bodies").asText()).contains("Rat");

        Measure measure = approved(List.of("korschenbroich"));
        String committeeDay = GermanFormat.date(workingDays.onOrAfter(today.plusDays(30)));
        // an unknown body, or a meeting after its Vorlagenschluss: German 400, nothing recorded
        assertRefused(measure, Map.of("cosignDecision", "COUNCIL_PENDING", "councilBodyId", "bauausschuss",
                "councilMeetingDate", committeeDay), "nicht zu den Gremien der Stadt Korschenbroich");
        String tooSoon = GermanFormat.date(workingDays.onOrAfter(today.plusDays(10)));
        assertRefused(measure, Map.of("cosignDecision", "COUNCIL_PENDING", "councilBodyId", "ukm",
                "councilMeetingDate", tooSoon), "Vorlagenschluss");
        TestMail.awaitSubject("km-korschenbroich@example.org", measure.getReference(), "Bitte um Mitzeichnung");
        assertThat(TestMail.textOf("km-korschenbroich@example.org", measure.getReference(), "Bitte um Mitzeichnung"))
                .contains("Vorlagenschluss");

        // When the committee is to prepare it
        lifecycle.decide("km-korschenbroich", measure, "korschenbroich", Map.of("cosignDecision", "COUNCIL_PENDING",
                "councilBodyId", "ukm", "councilMeetingDate", committeeDay, "costCeilingEur", 3000));
        assertThat(lifecycle.reload(measure).participationOf("korschenbroich").orElseThrow().getCouncilBodyId())
                .isEqualTo("ukm");
        // the Beschlussvorlage names the Beratungsfolge: committee first, then the council
        var draft = rest.withBasicAuth("km-korschenbroich", "demo").getForEntity("/api/measures/"
                + measure.getReference() + "/council-draft/korschenbroich.docx", byte[].class);
        try (var document = new XWPFDocument(new ByteArrayInputStream(draft.getBody()));
                var extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("Beratungsfolge: Ausschuss für Umwelt, Klima und Mobilität, "
                    + "Sitzung am " + committeeDay + " (Vorberatung); Rat der Stadt Korschenbroich (Entscheidung)");
        }

        // the committee refers it to the council (which body and when are needed)
        Task committee = councilTask(measure);
        assertThat(engine.getTaskService().getVariable(committee.getId(), "councilBody"))
                .isEqualTo("Ausschuss für Umwelt, Klima und Mobilität");
        assertThatThrownBy(() -> lifecycle.complete("km-korschenbroich", committee, Map.of("councilDecision",
                "REFERRED"))).isInstanceOf(ValidationProblem.class);
        String councilDay = GermanFormat.date(workingDays.onOrAfter(today.plusDays(45)));
        lifecycle.complete("km-korschenbroich", committee, Map.of("councilDecision", "REFERRED", "nextBodyId", "rat",
                "councilMeetingDate", councilDay));
        await().atMost(Duration.ofSeconds(20)).until(() -> councilTask(measure) != null
                && !councilTask(measure).getId().equals(committee.getId()));
        Task council = councilTask(measure);
        assertThat(engine.getTaskService().getVariable(council.getId(), "councilBody"))
                .isEqualTo("Rat der Stadt Korschenbroich");
        assertThat(lifecycle.reload(measure).participationOf("korschenbroich").orElseThrow().getStatus())
                .isEqualTo(ParticipationStatus.COUNCIL_PENDING);

        // the council agrees with changes: a ceiling above the total is refused, then 2,500 EUR
        assertThatThrownBy(() -> lifecycle.complete("km-korschenbroich", council, Map.of("councilDecision",
                "AMENDED", "costCeilingEur", 99000))).isInstanceOf(ValidationProblem.class);
        lifecycle.complete("km-korschenbroich", council, Map.of("councilDecision", "AMENDED", "costCeilingEur", 2500,
                "councilPaperReference", "DS 2027/077"));
        var participation = lifecycle.reload(measure).participationOf("korschenbroich").orElseThrow();
        assertThat(participation.getStatus()).isEqualTo(ParticipationStatus.COSIGNED);
        assertThat(participation.getCostCeilingEur()).isEqualByComparingTo("2500.00");
        assertThat(measures.events(lifecycle.reload(measure)).stream().map(e -> e.getDetail()).toList())
                .anyMatch(d -> d.contains("Verweisung, Sitzung am " + councilDay + " (Gremium: Rat der Stadt "
                        + "Korschenbroich)"))
                .anyMatch(d -> d.contains("Zustimmung mit Änderungen"));
    }

    @Test
    void shouldCountAnUrgentDecisionAndWithdrawItWhenTheCouncilDoesNotConfirmIt() {
        Measure measure = approved(List.of("grevenbroich", "dormagen"));
        String meetingDay = GermanFormat.date(workingDays.onOrAfter(today.plusDays(30)));
        lifecycle.decide("km-grevenbroich", measure, "grevenbroich", Map.of("cosignDecision", "COUNCIL_PENDING",
                "councilMeetingDate", meetingDay));
        Task council = councilTask(measure);
        // an urgent decision needs its reason and the council meeting that confirms it
        assertThatThrownBy(() -> lifecycle.complete("km-grevenbroich", council, Map.of("councilDecision", "URGENT")))
                .isInstanceOf(ValidationProblem.class);
        String confirmingDay = GermanFormat.date(workingDays.onOrAfter(today.plusDays(50)));
        lifecycle.complete("km-grevenbroich", council, Map.of("councilDecision", "URGENT", "cosignComment",
                "Förderfrist endet vor der nächsten Ratssitzung.", "councilMeetingDate", confirmingDay));
        assertThat(lifecycle.reload(measure).participationOf("grevenbroich").orElseThrow().getStatus())
                .isEqualTo(ParticipationStatus.COSIGNED);

        // the confirmation is asked for after the council meeting, from the town
        Task confirm = lifecycle.task(measure, CosigningProcess.TASK_CONFIRM_URGENT_DECISION);
        assertThat(engine.getTaskService().getIdentityLinksForTask(confirm.getId()))
                .anyMatch(l -> "member-grevenbroich".equals(l.getGroupId()));
        assertThat(GermanFormat.date(confirm.getDueDate().toInstant())).isEqualTo(GermanFormat.date(
                workingDays.onOrAfter(LocalDate.parse(confirmingDay, GermanFormat.DATE).plusDays(1))));
        assertThatThrownBy(() -> lifecycle.complete("km-grevenbroich", confirm, Map.of("urgentConfirmation",
                "REVOKED"))).isInstanceOf(ValidationProblem.class);
        lifecycle.complete("km-grevenbroich", confirm, Map.of("urgentConfirmation", "REVOKED", "urgentComment",
                "Der Rat sah keine Dringlichkeit."));
        assertThat(lifecycle.reload(measure).participationOf("grevenbroich").orElseThrow().getStatus())
                .isEqualTo(ParticipationStatus.DECLINED);
        TestMail.awaitSubject("coordinator@example.org", measure.getReference(), "nicht genehmigt");
        TestMail.awaitSubject("km-kaarst@example.org", measure.getReference(), "nicht genehmigt");
    }

    @Test
    void shouldListTheHolidaysAndRefuseAMeetingOnOne() {
        var holidays = rest.withBasicAuth("km-kaarst", "demo").getForEntity("/api/calendar/holidays?year=2027",
                JsonNode.class);
        assertThat(holidays.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(holidays.getBody().findValuesAsText("date")).contains("2027-03-26", "2027-05-27", "2027-02-08");
        assertThat(holidays.getBody().findValuesAsText("name")).contains("Karfreitag", "Fronleichnam", "Rosenmontag");
        var outside = rest.withBasicAuth("km-kaarst", "demo").getForEntity("/api/calendar/holidays?year=1989",
                JsonNode.class);
        assertThat(outside.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(outside.getBody().get("errors").get("year").asText()).contains("zwischen 1990 und 2100");
        assertThat(rest.getForEntity("/api/calendar/holidays?year=2027", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        // the alliance's meeting on a holiday that falls on a weekday next year: refused, naming it
        LocalDate holiday = workingDays.holidays(today.getYear() + 1).stream().map(h -> h.date())
                .filter(d -> d.getDayOfWeek().getValue() <= 5).findFirst().orElseThrow();
        var meeting = rest.withBasicAuth("coordinator", "demo").postForEntity("/api/meetings",
                json("{\"date\": \"" + holiday + "\"}"), JsonNode.class);
        assertThat(meeting.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(meeting.getBody().toString()).contains("kein Arbeitstag der Verwaltungen",
                workingDays.holiday(holiday).orElseThrow().name());
    }

    private Measure approved(List<String> invited) {
        Measure measure = lifecycle.approved("km-kaarst", TestProposals.with(TestProposals.climateWeek(),
                "invitedMembers", invited));
        lifecycle.cosign("km-kaarst", measure, "kaarst");
        return measure;
    }

    private void assertRefused(Measure measure, Map<String, Object> variables, String message) {
        await().atMost(Duration.ofSeconds(20)).until(() -> lifecycle.cosignTask(measure, "korschenbroich") != null);
        Task task = lifecycle.cosignTask(measure, "korschenbroich");
        var refused = rest.withBasicAuth("km-korschenbroich", "demo").exchange("/engine-rest/task/" + task.getId()
                + "/complete", HttpMethod.POST, json(variables(variables)), JsonNode.class);
        assertThat(refused.getStatusCode()).as(refused.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("message").asText()).contains(message);
        assertThat(lifecycle.reload(measure).participationOf("korschenbroich").orElseThrow().getStatus())
                .isEqualTo(ParticipationStatus.INVITED);
    }

    private Task signOffTask(Measure measure, String town) {
        await().atMost(Duration.ofSeconds(20)).until(() -> engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(measure.getReference()).taskDefinitionKey(CosigningProcess.TASK_INTERNAL_SIGN_OFF)
                .taskCandidateGroup("signoff-" + town).singleResult() != null);
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(measure.getReference())
                .taskDefinitionKey(CosigningProcess.TASK_INTERNAL_SIGN_OFF).taskCandidateGroup("signoff-" + town).singleResult();
    }

    private Task councilTask(Measure measure) {
        await().atMost(Duration.ofSeconds(20)).until(() -> lifecycle.openTask(measure, CosigningProcess.TASK_RECORD_COUNCIL_DECISION)
                != null);
        return lifecycle.openTask(measure, CosigningProcess.TASK_RECORD_COUNCIL_DECISION);
    }

    private JsonNode patch(String member, Map<String, Object> changes) {
        var response = rest.withBasicAuth("coordinator", "demo").exchange("/api/members/" + member, HttpMethod.PATCH,
                new HttpEntity<>(changes), JsonNode.class);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static String variables(Map<String, Object> variables) {
        var json = new StringBuilder("{\"variables\": {");
        variables.forEach((k, v) -> json.append(json.length() > 15 ? ", " : "").append('"').append(k)
                .append("\": {\"value\": ").append(v instanceof Number ? v.toString() : "\"" + v + "\"").append('}'));
        return json.append("}}").toString();
    }

    private static HttpEntity<String> json(String body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
