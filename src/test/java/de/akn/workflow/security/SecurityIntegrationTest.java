package de.akn.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.akn.workflow.cosigning.CosigningProcess;
import de.akn.workflow.review.ReviewProcess;
import de.akn.workflow.support.AknIntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

class SecurityIntegrationTest extends AknIntegrationTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void shouldRejectAnonymousRestCallsWith401() {
        for (String path : new String[] {"/engine-rest/process-definition", "/engine-rest/task", "/api/members",
                "/api/notifications", "/v3/api-docs", "/actuator/metrics"}) {
            var response = rest.getForEntity(path, String.class);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as(path).startsWith("Basic");
        }
    }

    @Test
    void shouldTellTheWebappsThatPeopleLogInWithAPasswordHere() {
        // without single sign-on (profile oidc) the webapps keep Camunda's own login and logout
        var response = rest.getForEntity("/api/public/sign-on", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("\"singleSignOn\":false");
        // and there is no provider login to go to
        assertThat(rest.getForEntity("/oauth2/authorization/akn", String.class).getStatusCode())
                .isNotEqualTo(HttpStatus.FOUND);
    }

    @Test
    void shouldRejectWrongPasswordWith401AndGermanProblem() {
        // (Camunda delays further logins of a user after a failed one: users of their own here)
        var response = rest.withBasicAuth("km-rommerskirchen", "falsch").getForEntity("/api/members", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(response.getBody()).contains("Anmeldung erforderlich");
        assertThat(rest.withBasicAuth("km-juechen", "falsch").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldLetClimateManagerReadMembersButNotTheOutbox() {
        var kaarst = rest.withBasicAuth("km-kaarst", "demo");
        assertThat(kaarst.getForEntity("/api/members", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        var outbox = kaarst.getForEntity("/api/notifications", String.class);
        assertThat(outbox.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(outbox.getBody()).contains("Keine Berechtigung");
        assertThat(rest.withBasicAuth("coordinator", "demo").getForEntity("/api/notifications", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldApplyCamundaAuthorizationsToEngineRest() {
        // a climate manager may not read authorizations or users' passwords; 403 from the engine
        var response = rest.withBasicAuth("km-kaarst", "demo")
                .exchange("/engine-rest/user/create", HttpMethod.POST, json("""
                        {"profile": {"id": "intruder", "firstName": "X", "lastName": "Y", "email": "x@example.org"},
                         "credentials": {"password": "Sehr-geheim-123"}}"""), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/engine-rest/user/intruder/profile",
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // the admin may
        assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/engine-rest/authorization/count",
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldKeepClimateManagersOutOfCockpitButLetThemIntoTasklist() {
        assertThat(webappLogin("km-kaarst", "demo", "cockpit")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(webappLogin("km-kaarst", "demo", "tasklist")).isEqualTo(HttpStatus.OK);
        assertThat(webappLogin("ea-nrw", "demo", "tasklist")).isEqualTo(HttpStatus.OK);
        assertThat(webappLogin("ea-nrw", "demo", "cockpit")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(webappLogin("coordinator", "demo", "cockpit")).isEqualTo(HttpStatus.OK);
        assertThat(webappLogin("km-grevenbroich", "falsch", "cockpit")).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldShowHealthToEverybodyAndDetailsOnlyToTheCoordinator() {
        var anonymous = rest.getForEntity("/actuator/health", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(anonymous.getBody()).contains("\"UP\"").doesNotContain("outbox");
        var coordinator = rest.withBasicAuth("coordinator", "demo").getForEntity("/actuator/health", String.class);
        assertThat(coordinator.getBody()).contains("\"outbox\"", "\"pending\"", "\"db\"");
        assertThat(rest.withBasicAuth("km-kaarst", "demo").getForEntity("/actuator/metrics", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void shouldLetTheWebappSessionWriteNothingButAnUploadWithTheSessionsCsrfToken() throws Exception {
        // Given km-kaarst logged in to Tasklist (a session and its CSRF token)
        var login = webappSession("km-kaarst", "demo", "tasklist");
        assertThat(login.status()).isEqualTo(HttpStatus.OK);

        // Then reading works with the session, and an upload without the token, or with another one, is
        // not authenticated (401), as is any other write even with the token
        assertThat(login.send("GET", "/api/members", null, null)).isEqualTo(200);
        String upload = "/api/measures/AKN-1999-999/files";
        assertThat(login.send("POST", upload, null, multipart())).isEqualTo(401);
        assertThat(login.send("POST", upload, "nicht-das-token", multipart())).isEqualTo(401);
        assertThat(login.send("POST", "/api/meetings", login.token(), "{\"date\": \"2030-01-01\"}")).isEqualTo(401);
        assertThat(login.send("POST", "/api/measures", login.token(), "{}")).isEqualTo(401);
        // with the session's token the upload reaches the application (an unknown measure: 404)
        assertThat(login.send("POST", upload, login.token(), multipart())).isEqualTo(404);
    }

    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;
    @Autowired
    de.akn.workflow.measure.MeasureService measures;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Test
    void shouldRefuseATaskCompletionThatChangesWhatTheProcessOwns() throws Exception {
        // Given Dormagen's co-sign task on a measure of Kaarst with Dormagen and Meerbusch
        var lifecycle = new de.akn.workflow.support.MeasureLifecycle(engine, measures, tx);
        var measure = lifecycle.propose("km-kaarst", de.akn.workflow.support.TestProposals.with(
                de.akn.workflow.support.TestProposals.climateWeek(), "invitedMembers",
                java.util.List.of("dormagen", "meerbusch")));
        lifecycle.complete("coordinator", lifecycle.task(measure, ReviewProcess.TASK_FORMAL_REVIEW),
                java.util.Map.of("reviewDecision", "APPROVE"));
        var query = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(measure.getReference())
                .taskDefinitionKey(CosigningProcess.TASK_COSIGN_DECISION).taskCandidateGroup("member-dormagen");
        org.awaitility.Awaitility.await().until(() -> query.singleResult() != null);
        String task = query.singleResult().getId();

        // When Dormagen completes it "as Meerbusch", or for another measure, or sets such a variable alone
        var asMeerbusch = rest.withBasicAuth("km-dormagen", "demo").exchange("/engine-rest/task/" + task + "/complete",
                HttpMethod.POST, json("{\"variables\": {\"cosignDecision\": {\"value\": \"COSIGN\"}, "
                        + "\"member\": {\"value\": \"meerbusch\"}}}"), String.class);
        var otherMeasure = rest.withBasicAuth("km-dormagen", "demo").exchange("/engine-rest/task/" + task
                + "/complete", HttpMethod.POST, json("{\"variables\": {\"cosignDecision\": {\"value\": "
                        + "\"COSIGN\"}, \"measureId\": {\"value\": 999999999, \"type\": \"Long\"}}}"), String.class);
        var local = rest.withBasicAuth("km-dormagen", "demo").exchange("/engine-rest/task/" + task
                + "/localVariables", HttpMethod.POST, json("{\"modifications\": {\"member\": {\"value\": "
                        + "\"meerbusch\"}}}"), String.class);
        var single = rest.withBasicAuth("km-dormagen", "demo").exchange("/engine-rest/task/" + task
                + "/variables/reference", HttpMethod.PUT, json("{\"value\": \"AKN-1999-001\"}"), String.class);
        var webapp = webappSession("km-dormagen", "demo", "tasklist");
        var submitted = webapp.exchange("POST", "/camunda/api/engine/engine/default/task/" + task + "/submit-form",
                webapp.token(), "{\"variables\": {\"cosignDecision\": {\"value\": \"DECLINE\"}, "
                        + "\"leadMember\": {\"value\": \"dormagen\"}}}");

        // Then each is refused in German and the task is still open, nothing decided
        for (var response : java.util.List.of(asMeerbusch, otherMeasure, local, single)) {
            assertThat(response.getStatusCode()).as(response.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getBody()).contains("wird vom Verfahren gesetzt");
        }
        assertThat(submitted.statusCode()).isEqualTo(400);
        // Tasklist shows the refusal under the form: German, without Camunda's prefix and the task's id
        assertThat(submitted.body()).contains("wird vom Verfahren gesetzt").doesNotContain("Cannot submit", task);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).isEqualTo(1);
        assertThat(lifecycle.reload(measure).participationOf("meerbusch").orElseThrow().getStatus().name())
                .isEqualTo("INVITED");

        // When it sends the variables back unchanged (as a form with read-only fields does), it completes
        String reference = measure.getReference();
        var unchanged = rest.withBasicAuth("km-dormagen", "demo").exchange("/engine-rest/task/" + task + "/complete",
                HttpMethod.POST, json("{\"variables\": {\"cosignDecision\": {\"value\": \"COSIGN\"}, "
                        + "\"member\": {\"value\": \"dormagen\"}, \"reference\": {\"value\": \"" + reference
                        + "\"}}}"), String.class);
        assertThat(unchanged.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(lifecycle.reload(measure).participationOf("dormagen").orElseThrow().getStatus().name())
                .isEqualTo("COSIGNED");
    }

    private static final String BOUNDARY = "akn-boundary";

    private static String multipart() {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--" + BOUNDARY + "--\r\n";
    }

    /** A webapp session: its HTTP client (with the session cookie), its CSRF token, the login's status. */
    private record WebappSession(HttpClient client, String base, String token, HttpStatus status) {
        int send(String method, String path, String csrfToken, String body) throws Exception {
            return exchange(method, path, csrfToken, body).statusCode();
        }

        HttpResponse<String> exchange(String method, String path, String csrfToken, String body) throws Exception {
            var request = HttpRequest.newBuilder(URI.create(base + path)).header("X-Requested-With", "XMLHttpRequest");
            if (csrfToken != null) {
                request.header("X-XSRF-TOKEN", csrfToken);
            }
            if (body == null) {
                request.GET();
            } else {
                request.header("Content-Type", body.startsWith("--") ? "multipart/form-data; boundary=" + BOUNDARY
                        : "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private HttpStatus webappLogin(String user, String password, String app) {
        return webappSession(user, password, app).status();
    }

    /** Logs into a webapp as the browser does: session and CSRF token first, then the login form. */
    private WebappSession webappSession(String user, String password, String app) {
        try {
            var cookies = new CookieManager();
            var client = HttpClient.newBuilder().cookieHandler(cookies).build();
            String base = rest.getRootUri();
            var page = client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/default/"))
                    .header("X-XSRF-TOKEN", "Fetch").build(), HttpResponse.BodyHandlers.discarding());
            String token = page.headers().firstValue("X-XSRF-TOKEN").orElseGet(() -> cookies.getCookieStore()
                    .getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst()
                    .orElseThrow().getValue());
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            var login = client.send(HttpRequest.newBuilder(
                            URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.body()).doesNotContain("CSRFPreventionFilter");
            // the login starts a new session with a token of its own, fetched as the webapp does
            var after = client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/default/"))
                    .header("X-XSRF-TOKEN", "Fetch").build(), HttpResponse.BodyHandlers.discarding());
            String sessionToken = after.headers().firstValue("X-XSRF-TOKEN").orElse(token);
            return new WebappSession(client, base, sessionToken, HttpStatus.valueOf(login.statusCode()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpEntity<String> json(String body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
