package de.akn.workflow.absence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.akn.workflow.absence.internal.AbsenceRepository;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.Browser;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A climate manager enters an absence in Tasklist; a wrong period gets a German error under the form. */
class AbsenceBrowserTest extends AknIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    AbsenceRepository absences;

    @AfterEach
    void cleanUp() {
        absences.deleteAll();
    }

    @Test
    void aClimateManagerEntersAnAbsenceInTasklist() {
        try (var browser = Browser.open()) {
            browser.loginToWebapp("http://localhost:" + port, "tasklist", "km-grevenbroich", "demo");
            browser.click(By.xpath("//a[contains(normalize-space(.),'Prozess starten')]"));
            browser.click(By.xpath("//a[normalize-space(.)='Abwesenheit eintragen']"));

            // an end before the start is refused in German, nothing is stored
            browser.type("from", "21.07.2027");
            browser.type("to", "01.07.2027");
            // the form offers the other people of Grevenbroich, by name
            browser.select("deputy", "Vertretung Klimaschutzmanagement Grevenbroich");
            browser.click(By.cssSelector("button[ng-click='startProcessInstance()']"));
            browser.waitForText("Das Ende der Abwesenheit liegt vor ihrem Beginn.");
            browser.screenshot("absence-1-error");
            assertThat(absences.count()).isZero();

            // corrected, it is stored
            browser.type("from", "01.07.2027");
            browser.type("to", "21.07.2027");
            browser.screenshot("absence-2-form");
            browser.click(By.cssSelector("button[ng-click='startProcessInstance()']"));
            await().atMost(Duration.ofSeconds(20)).until(() -> absences.count() == 1);
            var stored = absences.findAll().get(0);
            assertThat(stored.getUserId()).isEqualTo("km-grevenbroich");
            assertThat(stored.getStartsOn()).isEqualTo(LocalDate.of(2027, 7, 1));
            assertThat(stored.getEndsOn()).isEqualTo(LocalDate.of(2027, 7, 21));
            assertThat(stored.getDeputy()).isEqualTo("deputy-grevenbroich");
        }
    }
}
