package de.akn.workflow.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through chromedriver, asking for German like a
 * browser in a German office does. Skips (or fails under {@code AKN_REQUIRE_ALL=true})
 * where Chromium is not installed.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = System.getenv().getOrDefault("AKN_CHROMIUM", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getenv().getOrDefault("AKN_CHROMEDRIVER", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public static Browser open() {
        TestEnvironment.assumeAvailable(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "Chromium (" + CHROMIUM + ") or chromedriver (" + CHROMEDRIVER + ") not installed: "
                        + "apt-get install -y chromium chromium-driver");
        try {
            Path profile = Files.createTempDirectory("akn-chromium");
            var options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-component-update",
                    "--disable-sync", "--accept-lang=de-DE", "--lang=de-DE", "--window-size=1400,1000",
                    "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
            var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                    .withEnvironment(Map.of("LANGUAGE", "de", "LANG", "de_DE.UTF-8", "TZ", "Europe/Berlin")).build();
            return new Browser(new ChromeDriver(service, options));
        } catch (Exception e) {
            throw new IllegalStateException("Chromium could not be started: " + e, e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String url) {
        driver.get(url);
    }

    /** Logs into a Camunda webapp through its login form. */
    public void loginToWebapp(String baseUrl, String app, String user, String password) {
        go(baseUrl + "/camunda/app/" + app + "/default/#/login");
        // on a busy machine the form can show before AngularJS has bound it: a click then only
        // reloads the page, and the login is typed again (at most three times)
        var shortWait = new WebDriverWait(driver, Duration.ofSeconds(12));
        for (int attempt = 1; ; attempt++) {
            WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("input[ng-model='username']")));
            username.clear();
            username.sendKeys(user);
            WebElement passwordField = driver.findElement(By.cssSelector("input[ng-model='password']"));
            passwordField.clear();
            passwordField.sendKeys(password);
            driver.findElement(By.cssSelector("form button[type='submit']")).click();
            try {
                shortWait.until(ExpectedConditions.invisibilityOfElementLocated(
                        By.cssSelector("input[ng-model='username']")));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** A Camunda Forms (form-js) field by its form id, e.g. {@code title} or {@code sdgs-10}. */
    public WebElement field(String id) {
        return waitFor(By.cssSelector("[id$='-Field_" + id + "']"));
    }

    public void type(String fieldId, String text) {
        // form-js re-renders while the form settles; type again until the value sticks
        wait.until(d -> {
            WebElement input = field(fieldId);
            if (text.equals(input.getAttribute("value"))) {
                return true;
            }
            input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                    org.openqa.selenium.Keys.DELETE);
            input.sendKeys(text);
            return false;
        });
    }

    public void check(String fieldId) {
        WebElement box = field(fieldId);
        if (!box.isSelected()) {
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
            box.click();
        }
    }

    /** Picks an entry of a form-js select by its visible label. */
    public void select(String fieldId, String label) {
        WebElement hidden = driver.findElement(By.cssSelector("[id$='-Field_" + fieldId + "']"));
        hidden.findElement(By.xpath("..")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + label + "']"))).click();
    }

    public void click(By by) {
        // looked up again on every try: Tasklist re-renders its lists (a found element goes stale), and its
        // notifications ("Aufgabe abgeschlossen") float over the form for a few seconds
        wait.ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                    WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
                    if (element == null) {
                        return false;
                    }
                    ((org.openqa.selenium.JavascriptExecutor) d)
                            .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
                    element.click();
                    return true;
                });
    }

    public WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Tasklist: opens a task of the user's town (filter "Aufgaben meiner Kommune") by its name, waits for the
     * form field and claims it.
     */
    public void openTownTask(String taskName, String field) {
        click(By.xpath("//*[contains(normalize-space(.),'Aufgaben meiner Kommune')][self::a or self::h4 or "
                + "self::span][1]"));
        click(By.xpath("//a[contains(normalize-space(.),'" + taskName + "')]"));
        waitFor(By.cssSelector("[id$='-Field_" + field + "']"));
        click(By.xpath("//*[@ng-click='claim()']"));
        waitFor(By.xpath("//*[@ng-click='unclaim()']"));
    }

    public void waitForText(String text) {
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves a screenshot under target/screenshots/ and returns its path. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
