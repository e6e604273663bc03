package de.akn.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.akn.testidp.TestOidcProvider;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.review.ReviewProcess;
import de.akn.workflow.support.Browser;
import de.akn.workflow.support.MeasureLifecycle;
import de.akn.workflow.support.TestProposals;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Single sign-on against a real OpenID Connect provider on loopback ({@link TestOidcProvider}), profile
 * {@code oidc}: the application starts while the provider is down and answers 503 for logins until it is back;
 * every role goes through the authorization matrix with the provider's bearer tokens (inherited); bad tokens
 * get a German 401; people are created just in time and lose a group the provider no longer names; a climate
 * manager logs in at the provider's page in Chromium, works in Tasklist and logs out of both.
 */
@ActiveProfiles("oidc")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SingleSignOnTest extends AuthorizationMatrixTest {

    static final TestOidcProvider PROVIDER = TestOidcProvider.notStarted();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("alliance.oidc.issuer-uri", PROVIDER::issuer);
        registry.add("alliance.oidc.client-id", () -> TestOidcProvider.CLIENT_ID);
        registry.add("alliance.oidc.client-secret", () -> TestOidcProvider.CLIENT_SECRET);
    }

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    MeasureService measureService;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ObjectMapper mapper;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void providerUp(TestInfo test) {
        if (!test.getTestMethod().map(m -> m.getName().startsWith("startsWithoutTheProvider")).orElse(false)) {
            ensureUp();
        }
    }

    private synchronized void ensureUp() {
        if (!up) {
            PROVIDER.allowApplication("http://127.0.0.1:" + port).startAgain();
            up = true;
        }
    }

    private static boolean up;

    @AfterAll
    static void providerDown() {
        PROVIDER.close();
    }

    private final Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();

    /** The matrix's calls with the provider's tokens (one per person, as a client would keep it). */
    @Override
    protected void authenticate(HttpHeaders headers, String user) {
        ensureUp();
        headers.setBearerAuth(tokens.computeIfAbsent(user, PROVIDER::token));
    }

    @Test
    @Order(1)
    void startsWithoutTheProviderAndAnswers503UntilItIsBack() throws Exception {
        // the application is up although the provider is not: a login answers 503 in German, no crash
        var login = get("/oauth2/authorization/akn", Map.of("Accept", "text/html"));
        assertThat(login.statusCode()).isEqualTo(503);
        assertThat(login.body()).contains("Anmeldedienst nicht erreichbar", "lang=\"de\"");
        // a webapp page sends the person to the login, which is not there yet
        var tasklist = get("/camunda/app/tasklist/default/", Map.of("Accept", "text/html"));
        assertThat(tasklist.statusCode()).isEqualTo(302);
        assertThat(tasklist.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/akn");
        // a bearer token cannot be checked without the provider's keys: 503, not 401 or 500
        var api = get("/api/members", Map.of("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl"));
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(mapper.readTree(api.body()).get("detail").asText()).contains("zurzeit nicht erreichbar");

        // When the provider is back, the same login goes to its authorization endpoint (after a short pause in
        // which the application does not ask the provider again)
        ensureUp();
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(1))
                .until(() -> get("/oauth2/authorization/akn", Map.of("Accept", "text/html")).statusCode() == 302);
        var again = get("/oauth2/authorization/akn", Map.of("Accept", "text/html"));
        assertThat(again.headers().firstValue("Location").orElseThrow()).startsWith(PROVIDER.issuer() + "/oauth2/authorize");
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(1)).until(() -> get("/api/members",
                Map.of("Authorization", "Bearer " + PROVIDER.token("km-kaarst"))).statusCode() == 200);
    }

    @Test
    void badTokensGetAGerman401AndATokenWithoutTheGroupA403() throws Exception {
        var missing = get("/api/members", Map.of());
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(detail(missing)).contains("Bitte melden Sie sich");

        String good = PROVIDER.token("km-kaarst");
        String[] parts = good.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("km-kaarst", "km-dormagen");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];
        try (var foreign = TestOidcProvider.start()) {
            var refused = Map.of("expired", PROVIDER.token("km-kaarst", "expired"),
                    "not yet valid", PROVIDER.token("km-kaarst", "not-yet-valid"),
                    "another audience", PROVIDER.token("km-kaarst", "other"),
                    "another issuer", foreign.token("km-kaarst"),
                    "tampered", tampered,
                    "an ID token", PROVIDER.token("km-kaarst", "id-token"),
                    "not a token", "kein-token");
            refused.forEach((what, token) -> {
                var response = get("/api/members", Map.of("Authorization", "Bearer " + token));
                assertThat(response.statusCode()).as(what).isEqualTo(401);
                assertThat(detail(response)).as(what).contains("Das Zugriffstoken wurde abgewiesen");
                assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).as(what)
                        .contains("Bearer", "invalid_token");
            });
        }
        // the same person and token through engine REST
        assertThat(get("/engine-rest/task", Map.of("Authorization", "Bearer " + good)).statusCode()).isEqualTo(200);
        // a climate manager's token has no coordinator group
        var forbidden = get("/api/overview/matrix", Map.of("Authorization", "Bearer " + good));
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(detail(forbidden)).contains("keine Berechtigung");
        // a person of the provider in none of the alliance's groups gets nothing and is not created
        var stranger = get("/api/members", Map.of("Authorization", "Bearer " + PROVIDER.token("fremd")));
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(detail(stranger)).contains("keine Berechtigung");
        assertThat(identityService.createUserQuery().userId("fremd").count()).isZero();
        // Camunda's own password login is closed: no session may hold a local user beside the provider's
        var passwordLogin = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(passwordLogin.statusCode()).isIn(401, 403);
        // a link on another site does not end anyone's session (only our pages or the typed address do)
        assertThat(get("/logout", Map.of("Sec-Fetch-Site", "cross-site")).statusCode()).isNotEqualTo(302);
        assertThat(get("/logout", Map.of("Origin", "https://evil.example")).statusCode()).isNotEqualTo(302);
        // the webapps learn that their logout link must end the provider's session
        assertThat(get("/api/public/sign-on", Map.of()).body()).contains("\"singleSignOn\":true", "/logout");
        // HTTP Basic with a Camunda password is off for people (alliance.oidc.basic-auth=false)
        String basic = Base64.getEncoder().encodeToString("km-kaarst:demo".getBytes());
        assertThat(get("/api/members", Map.of("Authorization", "Basic " + basic)).statusCode()).isEqualTo(401);
    }

    @Test
    void aNewPersonIsCreatedJustInTimeAndLosesAGroupTheProviderNoLongerNames() throws Exception {
        assertThat(identityService.createUserQuery().userId("neu-kaarst").count()).isZero();
        var lifecycle = new MeasureLifecycle(processEngine, measureService, transactions);
        Measure measure = lifecycle.propose("km-dormagen", TestProposals.with(TestProposals.climateWeek(),
                "invitedMembers", List.of("kaarst")));
        lifecycle.complete("coordinator", lifecycle.task(measure, ReviewProcess.TASK_FORMAL_REVIEW), Map.of("reviewDecision", "APPROVE"));

        // the first call with a token creates the person with the known groups of the claim
        var tasks = get("/engine-rest/task?nameLike=%25" + measure.getReference() + "%25",
                Map.of("Authorization", "Bearer " + PROVIDER.token("neu-kaarst")));
        assertThat(tasks.statusCode()).isEqualTo(200);
        assertThat(tasks.body()).contains("Mitzeichnung").contains(measure.getReference());
        var user = identityService.createUserQuery().userId("neu-kaarst").singleResult();
        assertThat(user.getEmail()).isEqualTo("neu-kaarst@example.org");
        assertThat(user.getLastName()).isEqualTo("neu-kaarst");
        assertThat(groupsOf("neu-kaarst")).containsExactlyInAnyOrder("climate-managers", "member-kaarst");

        // the provider takes the person out of the climate managers: the next call takes the group away
        TestOidcProvider.groups("neu-kaarst", List.of("member-kaarst"));
        try {
            assertThat(get("/api/members", Map.of("Authorization", "Bearer " + PROVIDER.token("neu-kaarst")))
                    .statusCode()).isEqualTo(200);
            assertThat(groupsOf("neu-kaarst")).containsExactly("member-kaarst");
        } finally {
            TestOidcProvider.groups("neu-kaarst", List.of("climate-managers", "member-kaarst", "intranet-redaktion"));
        }
    }

    @Test
    void aNewClimateManagerLogsInAtTheProviderWorksInTasklistAndLogsOutOfBoth() {
        // a climate manager the application has never seen, without a Camunda password
        assertThat(identityService.createUserQuery().userId("neu-meerbusch").count()).isZero();
        var lifecycle = new MeasureLifecycle(processEngine, measureService, transactions);
        Measure measure = lifecycle.propose("km-dormagen", TestProposals.with(TestProposals.climateWeek(),
                "invitedMembers", List.of("meerbusch")));
        lifecycle.complete("coordinator", lifecycle.task(measure, ReviewProcess.TASK_FORMAL_REVIEW), Map.of("reviewDecision", "APPROVE"));
        String base = "http://127.0.0.1:" + port;
        try (var browser = Browser.open()) {
            // an anonymous webapp page goes to the provider's login page
            browser.go(base + "/camunda/app/tasklist/default/");
            browser.waitFor(By.id("username"));
            assertThat(browser.driver().getCurrentUrl()).startsWith(PROVIDER.issuer());
            browser.driver().findElement(By.id("username")).sendKeys("neu-meerbusch");
            browser.driver().findElement(By.id("password")).sendKeys(TestOidcProvider.PASSWORD);
            browser.driver().findElement(By.cssSelector("button[type='submit']")).click();

            // back in Tasklist, without a Camunda password, with the town's task
            await().atMost(Duration.ofSeconds(30)).until(() -> browser.driver().getCurrentUrl().startsWith(base
                    + "/camunda/app/tasklist"));
            browser.click(By.xpath("//*[contains(normalize-space(.),'Aufgaben meiner Kommune')]"
                    + "[self::a or self::h4 or self::span][1]"));
            browser.waitFor(By.xpath("//a[contains(normalize-space(.),'Mitzeichnung: " + measure.getReference() + "')]"));
            browser.screenshot("sso-1-neu-meerbusch-tasklist");
            assertThat(groupsOf("neu-meerbusch")).containsExactlyInAnyOrder("climate-managers", "member-meerbusch");

            // logging out in Tasklist ends the provider's session too: the next webapp page asks for the password
            browser.click(By.cssSelector("li.account > a"));
            browser.click(By.cssSelector("li.account li.logout a[href='/logout']"));
            await().atMost(Duration.ofSeconds(30)).until(() -> browser.driver().getCurrentUrl().equals(base + "/"));
            browser.go(base + "/camunda/app/tasklist/default/");
            browser.waitFor(By.id("username"));
            assertThat(browser.driver().getCurrentUrl()).startsWith(PROVIDER.issuer());
        }
    }

    private List<String> groupsOf(String user) {
        return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }

    private String detail(HttpResponse<String> response) {
        try {
            return mapper.readTree(response.body()).get("detail").asText();
        } catch (IOException e) {
            throw new IllegalStateException(response.body(), e);
        }
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
