package de.akn.workflow.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.Browser;
import de.akn.workflow.support.Users;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The chair's town records the minutes of a meeting in Tasklist, with an action item for Kaarst. */
class MeetingBrowserTest extends AknIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;

    @Test
    void theChairsTownRecordsTheMinutesWithAnActionItemInTasklist() {
        // Given a meeting the coordinator planned and invited to, on its day
        LocalDate day = de.akn.workflow.support.MeetingDays.meeting(60);
        JsonNode planned = rest.withBasicAuth("coordinator", "demo").postForObject("/api/meetings",
                Map.of("date", day.toString(), "place", "Rathaus Meerbusch"), JsonNode.class);
        long id = planned.get("id").asLong();
        String chair = planned.get("chair").asText();
        String instance = planned.get("processInstanceId").asText();
        var users = new Users(engine.getIdentityService(), engine.getTaskService());
        Task prepare = task(instance, MeetingProcess.TASK_PREPARE_AGENDA);
        users.complete("coordinator", prepare, Map.of("agendaText", "Begrüßung\nKlimawoche 2027\nVerschiedenes",
                "meetingDate", GermanFormat.date(day), "meetingTime", "10:00", "meetingPlace", "Rathaus Meerbusch"));
        await().atMost(Duration.ofSeconds(60)).until(() -> engine.getManagementService().createJobQuery()
                .processInstanceId(instance).timers().count() == 1);
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(instance).timers().singleResult().getId());
        task(instance, MeetingProcess.TASK_RECORD_MINUTES);
        LocalDate due = LocalDate.now(GermanFormat.ZONE).plusDays(21);

        // When the chair's climate manager records the minutes and an action item in Tasklist
        try (var browser = Browser.open()) {
            browser.loginToWebapp("http://localhost:" + port, "tasklist", "km-" + chair, "demo");
            browser.click(By.xpath("//*[contains(normalize-space(.),'Aufgaben meiner Kommune')]"
                    + "[self::a or self::h4 or self::span][1]"));
            browser.click(By.xpath("//a[contains(normalize-space(.),'Protokoll eintragen: Sitzung am "
                    + GermanFormat.date(day) + "')]"));
            browser.waitFor(By.cssSelector("[id$='-Field_minutesText']"));
            browser.click(By.xpath("//*[@ng-click='claim()']"));
            browser.waitFor(By.xpath("//*[@ng-click='unclaim()']"));
            assertThat(browser.field("agendaText").getAttribute("value")).contains("Klimawoche 2027");
            browser.type("minutesText", "Die Klimawoche 2027 findet vom 5. bis 11. Juni statt.");
            browser.type("actionItem1Title", "Plakatmotive der Klimawoche abstimmen");
            browser.select("actionItem1Member", "Stadt Kaarst");
            browser.type("actionItem1Due", GermanFormat.date(due));
            browser.screenshot("meeting-1-km-" + chair + "-minutes");
            browser.click(By.cssSelector("button[ng-click='complete()']"));

            // Then the meeting is held, and Kaarst has the action item as a task due that day
            await().atMost(Duration.ofSeconds(30)).until(() -> "HELD".equals(meeting(id).get("status").asText()));
        }
        JsonNode held = meeting(id);
        assertThat(held.get("minutesText").asText()).isEqualTo("Die Klimawoche 2027 findet vom 5. bis 11. Juni statt.");
        assertThat(held.get("actionItems").get(0).get("member").asText()).isEqualTo("kaarst");
        assertThat(held.get("actionItems").get(0).get("due").asText()).isEqualTo(due.toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> engine.getTaskService().createTaskQuery()
                .taskDefinitionKey(MeetingProcess.TASK_ACTION_ITEM).taskCandidateGroup("member-kaarst")
                .taskName("Arbeitsauftrag: Plakatmotive der Klimawoche abstimmen").count() == 1);
    }

    private JsonNode meeting(long id) {
        return rest.withBasicAuth("coordinator", "demo").getForObject("/api/meetings/" + id, JsonNode.class);
    }

    private Task task(String processInstanceId, String key) {
        await().atMost(Duration.ofSeconds(30)).until(() -> engine.getTaskService().createTaskQuery()
                .processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult() != null);
        return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key)
                .singleResult();
    }
}
