package de.akn.workflow.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.implementation.ImplementationProcess;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.reminder.TaskReminderService;
import de.akn.workflow.review.ReviewProcess;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.MeasureLifecycle;
import de.akn.workflow.support.MeetingDays;
import de.akn.workflow.support.Sweeps;
import de.akn.workflow.support.TestMail;
import de.akn.workflow.support.TestProposals;
import de.akn.workflow.support.Users;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code alliance-meeting} and {@code action-item} end to end: the agenda proposed from what is pending,
 * the invitation with PDF and {@code .ics} to every member and the partner, the minutes with action items
 * as tasks of the towns (reminded by the sweep, OPEN/DONE on the meeting), the minutes as PDF, the next
 * chair; and the bad input a coordinator or a chair's town can give.
 */
class MeetingTest extends AknIntegrationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MeasureService measures;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TaskReminderService reminders;
    @Autowired
    MeetingService meetings;
    @Autowired
    MinutesService minutesService;
    @Autowired
    MeetingSchedule schedule;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    MeasureLifecycle lifecycle;
    Users users;

    @BeforeEach
    void init() {
        lifecycle = new MeasureLifecycle(engine, measures, tx);
        users = new Users(engine.getIdentityService(), engine.getTaskService());
    }

    @Test
    void shouldPrepareHoldAndFollowUpAMeetingWithRotatingChair() throws Exception {
        // Given what is pending: a measure in review (its review escalated), one waiting for co-signatures,
        // and an adopted one whose progress report is overdue
        Measure inReview = lifecycle.propose("km-juechen", TestProposals.with(TestProposals.climateWeek(), "title",
                "Klimaschutz-Schulwettbewerb"));
        pastDue(lifecycle.task(inReview, ReviewProcess.TASK_FORMAL_REVIEW), 10);
        Measure cosigning = lifecycle.propose("km-kaarst", TestProposals.with(TestProposals.climateWeek(), "title",
                "Gemeinsame Radverkehrskampagne"));
        lifecycle.complete("coordinator", lifecycle.task(cosigning, ReviewProcess.TASK_FORMAL_REVIEW),
                Map.of("reviewDecision", "APPROVE"));
        Measure adopted = lifecycle.adopted("km-korschenbroich", TestProposals.with(TestProposals.with(
                TestProposals.climateWeek(), "title", "Energieberatung im Quartier"), "invitedMembers", List.of("kaarst")));
        Task report = lifecycle.task(adopted, ImplementationProcess.TASK_PROGRESS_REPORT);
        pastDue(report, 3);
        String reportDue = GermanFormat.date(engine.getTaskService().createTaskQuery().taskId(report.getId())
                .singleResult().getDueDate().toInstant());
        // the chair follows the last meeting planned (Dormagen for the first)
        JsonNode before = rest.withBasicAuth("coordinator", "demo").getForObject("/api/meetings", JsonNode.class);
        String lastChair = null;
        long lastId = -1;
        for (JsonNode m : before) {
            if (m.get("id").asLong() > lastId) {
                lastId = m.get("id").asLong();
                lastChair = m.get("chair").asText();
            }
        }
        String expectedChair = ChairRotation.next(ChairRotationTest.ROTATION, lastChair, m -> true);
        if (lastChair == null) {
            assertThat(expectedChair).isEqualTo("dormagen");
        }

        // When a town tries to plan a meeting, it may not
        LocalDate day = MeetingDays.meeting(40);
        var refused = rest.withBasicAuth("km-kaarst", "demo").postForEntity("/api/meetings",
                Map.of("date", day.toString(), "place", "Rathaus Kaarst"), JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        // When the coordinator plans it
        var planned = rest.withBasicAuth("coordinator", "demo").postForEntity("/api/meetings",
                Map.of("date", day.toString(), "place", "Rathaus Dormagen"), JsonNode.class);

        // Then it has a chair in turn (Dormagen first) and the coordinator a task with the proposed agenda
        assertThat(planned.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = planned.getBody().get("id").asLong();
        String chair = planned.getBody().get("chair").asText();
        assertThat(chair).isEqualTo(expectedChair);
        String instance = planned.getBody().get("processInstanceId").asText();
        Task prepare = task(instance, MeetingProcess.TASK_PREPARE_AGENDA);
        assertThat(prepare.getName()).isEqualTo("Tagesordnung vorbereiten: Sitzung am " + GermanFormat.date(day));
        assertThat(engine.getTaskService().createTaskQuery().taskId(prepare.getId()).taskCandidateGroup("coordinator")
                .count()).isEqualTo(1);
        String agenda = (String) engine.getTaskService().getVariable(prepare.getId(), "agendaText");
        assertThat(agenda).startsWith("Begrüßung und Feststellung der Tagesordnung")
                .contains("Maßnahme in Prüfung: Klimaschutz-Schulwettbewerb [" + inReview.getReference() + "]")
                .contains("Mitzeichnung offen: Gemeinsame Radverkehrskampagne – Stadt Kaarst (Frist ")
                .contains("Ausstehender Fortschrittsbericht: Energieberatung im Quartier – Stadt Korschenbroich, "
                        + "fällig seit " + reportDue + " [" + adopted.getReference() + "]")
                .contains("Überfällige Aufgabe: „Vorschlag prüfen – Klimaschutz-Schulwettbewerb“, fällig seit")
                .endsWith("Verschiedenes");
        JsonNode proposed = meeting(id);
        assertThat(proposed.get("status").asText()).isEqualTo("PLANNED");
        assertThat(proposed.get("agenda").findValuesAsText("reference")).contains(inReview.getReference(),
                cosigning.getReference());

        // When the coordinator confirms without a place and with a past date, it is refused and nothing kept
        var bad = new java.util.HashMap<String, Object>(Map.of("agendaText", agenda, "meetingDate", "01.01.2020",
                "meetingTime", "10:00", "meetingPlace", ""));
        assertThatThrownBy(() -> users.complete("coordinator", prepare, bad))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Die Sitzung muss nach dem heutigen Tag")
                .hasMessageContaining("Bitte geben Sie den Ort der Sitzung an.");
        assertThat(meeting(id).get("status").asText()).isEqualTo("PLANNED");

        // When the coordinator adds an item and confirms
        users.complete("coordinator", prepare, Map.of("agendaText", agenda.replace("Verschiedenes",
                "Gemeinsame Broschüre 2027: Vorstellung des Entwurfs\nVerschiedenes"), "meetingDate",
                GermanFormat.date(day), "meetingTime", "14:30", "meetingPlace", "Rathaus Dormagen, Ratssaal"));

        // Then every member's people, mailboxes, the partner and the coordinators are invited, with PDF and .ics
        String subject = "Einladung zur Sitzung der Allianz am " + GermanFormat.date(day);
        for (String address : List.of("km-juechen@example.org", "deputy-rommerskirchen@example.org",
                "klimaschutz@meerbusch.example.org", "ea-nrw@example.org", "coordinator@example.org")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> mail(address, subject) != null);
        }
        MimeMessage invitation = mail("km-juechen@example.org", subject);
        assertThat(TestMail.text(invitation)).contains("am " + GermanFormat.date(day) + " um 14:30 Uhr ein. Ort: Rathaus Dormagen, Ratssaal")
                .contains("Den Vorsitz führt die Stadt");
        String raw = TestMail.raw(invitation);
        assertThat(raw).contains("tagesordnung-" + day + ".pdf").contains("text/calendar");
        String ics = attachment(invitation, ".ics");
        assertThat(ics).contains("DTSTART:" + day.toString().replace("-", "")).contains("LOCATION:Rathaus Dormagen\\, Ratssaal");
        String agendaPdf = pdfText(attachmentBytes(invitation, ".pdf"));
        assertThat(agendaPdf).contains("Einladung zur Sitzung der Allianz am " + GermanFormat.date(day)).contains("TOP 1")
                .contains("Klimaschutz-Schulwettbewerb").contains("Gemeinsame Broschüre 2027")
                .contains(inReview.getReference())
                // the facts from the template: start, place and the coordination with the Kreis' genitive
                .contains("14:30 Uhr").contains("Rathaus Dormagen, Ratssaal")
                .contains("Beauftragter für Klimaschutz und Nachhaltigkeit des Rhein-Kreises Neuss");
        assertThat(meeting(id).get("status").asText()).isEqualTo("INVITED");

        // When the meeting begins, the chair's town gets the minutes, due the day after
        var timer = engine.getManagementService().createJobQuery().processInstanceId(instance).timers().singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(day.atTime(14, 30).atZone(GermanFormat.ZONE).toInstant());
        engine.getManagementService().executeJob(timer.getId());
        Task minutes = task(instance, MeetingProcess.TASK_RECORD_MINUTES);
        assertThat(engine.getTaskService().createTaskQuery().taskId(minutes.getId())
                .taskCandidateGroup("member-" + chair).count()).isEqualTo(1);
        assertThat(GermanFormat.day(minutes.getDueDate().toInstant())).isEqualTo(MeetingDays.dayAfter(day));

        // When another town tries to record them, or the chair's town gives bad input, nothing is stored
        String otherTown = chair.equals("juechen") ? "km-kaarst" : "km-juechen";
        assertThatThrownBy(() -> users.complete(otherTown, minutes, Map.of("minutesText", "Protokoll")))
                .isInstanceOf(AuthorizationException.class);
        String chairUser = "km-" + chair;
        LocalDate today = LocalDate.now(GermanFormat.ZONE);
        assertThatThrownBy(() -> users.complete(chairUser, minutes, Map.of("minutesText", " ")))
                .hasMessageContaining("Bitte geben Sie den Text des Protokolls ein.");
        assertThatThrownBy(() -> users.complete(chairUser, minutes, Map.of("minutesText", "Protokoll",
                "actionItems", "[{\"title\": \"Flyer\", \"member\": \"neuss\", \"due\": \"" + today.plusDays(5) + "\"}]")))
                .hasMessageContaining("Bitte wählen Sie für Arbeitsauftrag 1 eine Kommune der Allianz aus.");
        assertThatThrownBy(() -> users.complete(chairUser, minutes, Map.of("minutesText", "Protokoll",
                "actionItem1Title", "Flyer", "actionItem1Member", "kaarst", "actionItem1Due",
                GermanFormat.date(today.minusDays(1)))))
                .hasMessageContaining("Die Frist für Arbeitsauftrag 1 muss nach dem heutigen Tag");
        assertThat(meeting(id).get("minutesText").isNull()).isTrue();
        assertThat(meeting(id).get("actionItems")).isEmpty();

        // When the chair's town records the minutes with two action items
        users.complete(chairUser, minutes, Map.of("minutesText", "TOP 2: Die Koordination stellt den Stand vor.\n\n"
                + "TOP 5: Der Entwurf der Broschüre wird begrüßt.", "actionItems",
                "[{\"title\": \"Pressemitteilung zur Klimawoche abstimmen\", \"member\": \"kaarst\", \"due\": \""
                        + today.plusDays(20) + "\"}, {\"title\": \"Termine der Aktionswoche sammeln\", \"member\": "
                        + "\"meerbusch\", \"due\": \"" + GermanFormat.date(today.plusDays(30)) + "\"}]"));

        // Then the process keeps the action items as JSON, and each is a task of its town with its due date,
        // OPEN on the meeting
        assertThat((String) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName("actionItems").singleResult().getValue()).contains("\"member\":\"meerbusch\"")
                .contains("\"due\":\"" + today.plusDays(30) + "\"");
        await().atMost(Duration.ofSeconds(30)).until(() -> actionTask("kaarst") != null && actionTask("meerbusch") != null);
        Task kaarstItem = actionTask("kaarst");
        assertThat(kaarstItem.getName()).isEqualTo("Arbeitsauftrag: Pressemitteilung zur Klimawoche abstimmen");
        assertThat(GermanFormat.day(kaarstItem.getDueDate().toInstant())).isEqualTo(today.plusDays(20));
        JsonNode held = meeting(id);
        assertThat(held.get("status").asText()).isEqualTo("HELD");
        assertThat(held.get("minutesText").asText()).contains("Der Entwurf der Broschüre wird begrüßt.");
        assertThat(held.get("actionItems").findValuesAsText("status")).containsExactly("OPEN", "OPEN");
        assertThat(held.get("actionItems").findValuesAsText("member")).containsExactly("kaarst", "meerbusch");

        // and everyone gets the minutes as PDF, naming the next chair
        String minutesSubject = "Protokoll der Sitzung der Allianz vom " + GermanFormat.date(day);
        await().atMost(Duration.ofSeconds(60)).until(() -> mail("km-rommerskirchen@example.org", minutesSubject) != null
                && mail("ea-nrw@example.org", minutesSubject) != null);
        MimeMessage minutesMail = mail("km-rommerskirchen@example.org", minutesSubject);
        String nextChair = ChairRotation.next(ChairRotationTest.ROTATION, chair, m -> true);
        assertThat(TestMail.text(minutesMail)).contains("Pressemitteilung zur Klimawoche abstimmen (Stadt Kaarst, bis "
                + GermanFormat.date(today.plusDays(20)) + ")").contains("Den Vorsitz der nächsten Sitzung führt die Stadt");
        String minutesPdf = pdfText(attachmentBytes(minutesMail, ".pdf"));
        assertThat(minutesPdf).contains("Protokoll der Sitzung vom " + GermanFormat.date(day))
                .contains("Der Entwurf der Broschüre wird begrüßt.").contains("Termine der Aktionswoche sammeln")
                .contains("Stadt Meerbusch").contains("Protokollführung: ");
        var pdf = rest.withBasicAuth("km-meerbusch", "demo").getForEntity("/api/meetings/" + id + "/minutes.pdf",
                byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);

        // When Kaarst's action item is overdue, the daily sweep reminds Kaarst
        pastDue(kaarstItem, 1);
        Sweeps.run(reminders);
        await().atMost(Duration.ofSeconds(60)).until(() -> TestMail.receivedBy("km-kaarst@example.org").stream()
                .anyMatch(m -> subjectOf(m).contains("Arbeitsauftrag: Pressemitteilung zur Klimawoche abstimmen")));

        // When Kaarst reports it done (a result is required), it is DONE on the meeting
        assertThatThrownBy(() -> users.complete("km-kaarst", kaarstItem, Map.of("actionResult", "")))
                .hasMessageContaining("Bitte beschreiben Sie kurz, was erledigt wurde.");
        users.complete("km-kaarst", kaarstItem, Map.of("actionResult", "Mit allen Pressestellen abgestimmt."));
        assertThat(meeting(id).get("actionItems").findValuesAsText("status")).containsExactly("DONE", "OPEN");

        // When the next meeting is planned, the next town chairs it, and its agenda has the open action item
        var next = rest.withBasicAuth("coordinator", "demo").postForEntity("/api/meetings",
                Map.of("date", MeetingDays.meeting(50).toString()), JsonNode.class);
        assertThat(next.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(next.getBody().get("chair").asText()).isEqualTo(nextChair);
        if ("dormagen".equals(chair)) {
            assertThat(nextChair).isEqualTo("grevenbroich");
        }
        String nextInstance = next.getBody().get("processInstanceId").asText();
        String nextAgenda = (String) engine.getTaskService().getVariable(task(nextInstance, MeetingProcess.TASK_PREPARE_AGENDA).getId(),
                "agendaText");
        assertThat(nextAgenda).contains("Genehmigung des Protokolls der Sitzung vom " + GermanFormat.date(day))
                .contains("Offener Arbeitsauftrag: Termine der Aktionswoche sammeln – Stadt Meerbusch, fällig am "
                        + GermanFormat.date(today.plusDays(30)))
                .doesNotContain("Pressemitteilung");
        var notYet = rest.withBasicAuth("coordinator", "demo").getForEntity("/api/meetings/"
                + next.getBody().get("id").asLong() + "/minutes.pdf", JsonNode.class);
        assertThat(notYet.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(notYet.getBody().get("detail").asText()).isEqualTo("Das Protokoll dieser Sitzung liegt noch nicht vor.");
        assertThat(notYet.getBody().get("title").asText()).isEqualTo("Derzeit nicht möglich");
        engine.getRuntimeService().deleteProcessInstance(nextInstance, "Test beendet");

        // When Meerbusch leaves the alliance, its open action item ends with that note
        int ended = tx.execute(s -> minutesService.memberLeft("meerbusch",
                "Die Stadt Meerbusch ist aus der Allianz ausgetreten."));
        assertThat(ended).isEqualTo(1);
        assertThat(actionTask("meerbusch")).isNull();
        assertThat(meeting(id).get("actionItems").findValuesAsText("status")).containsExactly("DONE", "DONE");
    }

    @Test
    void shouldRefuseBadMeetingsInGermanAndPlanNothing() {
        LocalDate day = MeetingDays.meeting(200);
        int before = rest.withBasicAuth("coordinator", "demo").getForObject("/api/meetings", JsonNode.class).size();

        assertRefused(Map.of("date", "2020-03-01", "place", "Kreishaus"), "Die Sitzung muss nach dem heutigen Tag");
        assertRefused(Map.of("place", "Kreishaus"), "Bitte geben Sie das Datum der Sitzung an.");
        assertRefused(Map.of("date", "31.02.2027"), "im Format TT.MM.JJJJ");
        assertRefused(Map.of("date", day.toString(), "time", "25:00"), "Uhrzeit im Format hh:mm");
        assertThat(rest.withBasicAuth("coordinator", "demo").getForObject("/api/meetings", JsonNode.class).size())
                .isEqualTo(before);

        var first = rest.withBasicAuth("coordinator", "demo").postForEntity("/api/meetings",
                Map.of("date", GermanFormat.date(day), "place", "Kreishaus Grevenbroich"), JsonNode.class);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertRefused(Map.of("date", day.toString()), "Am " + GermanFormat.date(day)
                + " ist bereits eine Sitzung der Allianz geplant.");
        assertThat(rest.withBasicAuth("coordinator", "demo").getForObject("/api/meetings", JsonNode.class).size())
                .isEqualTo(before + 1);
        var unknown = rest.withBasicAuth("km-kaarst", "demo").getForEntity("/api/meetings/987654", JsonNode.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity("/api/meetings", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        engine.getRuntimeService().deleteProcessInstance(first.getBody().get("processInstanceId").asText(), "Test beendet");
    }

    @Test
    void shouldPlanAMeetingOnScheduleUnlessOneIsPlannedAlready() {
        // Given the schedule's timer: every two months (when it fires next depends on the tests before, which may
        // have fired it already)
        assertThat(schedule.getCycle()).isEqualTo("R/P2M");
        var timer = engine.getManagementService().createJobQuery().processDefinitionKey("alliance-meeting").timers()
                .list().stream().filter(j -> j.getProcessInstanceId() == null).findFirst().orElseThrow();
        assertThat(((org.camunda.bpm.engine.impl.persistence.entity.TimerEntity) timer).getRepeat()).startsWith("R")
                .endsWith("/P2M");

        // When it fires with no meeting planned, a meeting is planned four weeks ahead on a working day
        // (tried in a transaction that is rolled back, so that the other tests' meetings stay as they are)
        LocalDate today = LocalDate.now(GermanFormat.ZONE);
        var scheduled = tx.execute(status -> {
            jdbc.update("update akn_meeting set status = 'HELD' where status <> 'HELD'");
            var variables = meetings.schedule("scheduled-test");
            var meeting = meetings.find((Long) variables.get("meetingId")).orElseThrow();
            status.setRollbackOnly();
            return meeting;
        });
        assertThat(scheduled.getDate()).isAfterOrEqualTo(today.plusWeeks(4)).isBefore(today.plusWeeks(4).plusDays(7));
        assertThat(scheduled.getDate().getDayOfWeek()).isNotIn(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY);
        assertThat(scheduled.getStartTime()).isEqualTo(java.time.LocalTime.of(10, 0));
        assertThat(scheduled.getPlace()).isNull();

        // When it fires while a meeting is planned, the scheduled instance ends without a second meeting
        var planned = rest.withBasicAuth("coordinator", "demo").postForEntity("/api/meetings",
                Map.of("date", MeetingDays.meeting(300).toString()), JsonNode.class);
        assertThat(planned.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        int count = rest.withBasicAuth("coordinator", "demo").getForObject("/api/meetings", JsonNode.class).size();
        engine.getManagementService().executeJob(timer.getId());
        await().atMost(Duration.ofSeconds(30)).until(() -> engine.getHistoryService()
                .createHistoricActivityInstanceQuery().activityId("End_AlreadyPlanned").count() > 0);
        assertThat(rest.withBasicAuth("coordinator", "demo").getForObject("/api/meetings", JsonNode.class).size())
                .isEqualTo(count);
        var pdf = rest.withBasicAuth("km-rommerskirchen", "demo").getForEntity("/api/meetings/"
                + planned.getBody().get("id").asLong() + "/agenda.pdf", byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        engine.getRuntimeService().deleteProcessInstance(planned.getBody().get("processInstanceId").asText(),
                "Test beendet");
    }

    private void assertRefused(Map<String, Object> body, String message) {
        var response = rest.withBasicAuth("coordinator", "demo").postForEntity("/api/meetings", body, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().toString()).contains(message);
    }

    private JsonNode meeting(long id) {
        return rest.withBasicAuth("km-kaarst", "demo").getForObject("/api/meetings/" + id, JsonNode.class);
    }

    private Task task(String processInstanceId, String key) {
        await().atMost(Duration.ofSeconds(30)).until(() -> engine.getTaskService().createTaskQuery()
                .processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult() != null);
        return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key)
                .singleResult();
    }

    private Task actionTask(String member) {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(MeetingProcess.TASK_ACTION_ITEM)
                .taskCandidateGroup("member-" + member).orderByTaskCreateTime().desc().list().stream().findFirst()
                .orElse(null);
    }

    private void pastDue(Task task, int days) {
        Task current = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
        current.setDueDate(Date.from(Instant.now().minus(days, ChronoUnit.DAYS)));
        engine.getTaskService().saveTask(current);
    }

    private static MimeMessage mail(String address, String subject) {
        return TestMail.receivedBy(address).stream().filter(m -> subjectOf(m).contains(subject)).findFirst()
                .orElse(null);
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String attachment(MimeMessage mail, String suffix) throws Exception {
        return new String(attachmentBytes(mail, suffix), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] attachmentBytes(MimeMessage mail, String suffix) throws Exception {
        var parts = new ArrayList<Part>();
        collect(mail, parts);
        for (Part part : parts) {
            if (part.getFileName() != null && part.getFileName().endsWith(suffix)) {
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("no attachment " + suffix);
    }

    private static void collect(Part part, List<Part> parts) throws Exception {
        parts.add(part);
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), parts);
            }
        }
    }

    /** The text of a meeting document, which is tagged for screen readers (PDF/UA). */
    private static String pdfText(byte[] pdf) throws Exception {
        assertThat(de.akn.workflow.support.TaggedPdf.assertAccessible(pdf, "Sitzung")).contains("H1");
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
