package de.akn.workflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.Browser;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The coordinator starts the annual report in Tasklist; a climate manager does not see the process. */
class AnnualReportBrowserTest extends AknIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    AnnualReportService reports;

    @Test
    void theCoordinatorStartsTheAnnualReportInTasklist() {
        String base = "http://localhost:" + port;
        try (var coordinator = Browser.open()) {
            coordinator.loginToWebapp(base, "tasklist", "coordinator", "demo");
            coordinator.click(By.xpath("//a[contains(normalize-space(.),'Prozess starten')]"));
            coordinator.click(By.xpath("//a[normalize-space(.)='Jahresbericht der Allianz']"));
            coordinator.type("reportYear", "2022");
            coordinator.screenshot("annual-report-start");
            coordinator.click(By.cssSelector("button[ng-click='startProcessInstance()']"));
            await().atMost(Duration.ofSeconds(60)).until(() -> reports.find(2022).isPresent());
            assertThat(reports.find(2022).orElseThrow().getGeneratedBy()).isEqualTo("coordinator");
        }
        try (var kaarst = Browser.open()) {
            kaarst.loginToWebapp(base, "tasklist", "km-kaarst", "demo");
            kaarst.click(By.xpath("//a[contains(normalize-space(.),'Prozess starten')]"));
            kaarst.waitFor(By.xpath("//a[normalize-space(.)='Gemeinsame Maßnahme']"));
            assertThat(kaarst.text()).doesNotContain("Jahresbericht der Allianz");
        }
    }
}
