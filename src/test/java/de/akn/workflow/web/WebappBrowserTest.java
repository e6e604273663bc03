package de.akn.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person logs into the German Tasklist and Cockpit in a real (headless) Chromium. */
class WebappBrowserTest extends AknIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void climateManagerLogsIntoGermanTasklist() {
        try (var browser = Browser.open()) {
            browser.go(base() + "/camunda/app/tasklist/default/#/login");
            browser.waitFor(By.cssSelector("input[ng-model='username']"));
            browser.waitForText("Anmelden");
            assertThat(browser.driver().findElement(By.cssSelector("input[ng-model='username']"))
                    .getAttribute("placeholder")).isEqualTo("Benutzername");

            browser.loginToWebapp(base(), "tasklist", "km-kaarst", "demo");
            browser.waitForText("Prozess starten");
            browser.screenshot("tasklist-km-kaarst");

            String page = browser.text();
            assertThat(page).contains("Prozess starten", "Klimaschutzmanagement Kaarst").doesNotContain("Start process");
            assertThat(page).as("no banner telling users to migrate").doesNotContain("Camunda 8");
            assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner")))
                    .allMatch(banner -> !banner.isDisplayed());
        }
    }

    @Test
    void coordinatorLogsIntoGermanCockpit() {
        try (var browser = Browser.open()) {
            browser.loginToWebapp(base(), "cockpit", "coordinator", "demo");
            browser.waitForText("Prozessdefinitionen");
            browser.screenshot("cockpit-coordinator");
            assertThat(browser.text()).contains("Prozessdefinitionen", "Klimaschutzkoordination Rhein-Kreis Neuss")
                    .doesNotContain("Process Definitions");
        }
    }

    @Test
    void climateManagerIsRefusedByCockpit() {
        try (var browser = Browser.open()) {
            browser.go(base() + "/camunda/app/cockpit/default/#/login");
            browser.waitFor(By.cssSelector("input[ng-model='username']")).sendKeys("km-kaarst");
            browser.driver().findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
            browser.driver().findElement(By.cssSelector("form button[type='submit']")).click();
            browser.waitForText("Anmeldung fehlgeschlagen");
            browser.screenshot("cockpit-km-kaarst-refused");
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
