package de.akn.workflow.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every operation of the API once: {@code /api} as its OpenAPI document lists it, the engine REST API under
 * {@code /engine-rest} and the webapps' engine API under {@code /camunda/api/engine}, sent in a logged-in
 * Tasklist session (which reads {@code /api} without HTTP Basic) and, for the writes, with HTTP Basic. Collects
 * every answer a person should not get: a 5xx other than the German 503, or an English error.
 */
public final class ApiSweep {

    /** Engine REST operations, relative to the engine's root (placeholders as in the OpenAPI paths). */
    private static final List<String> ENGINE = List.of("GET task", "GET task/count", "GET task/{taskId}",
            "GET task/{taskId}/form-variables", "GET task/{taskId}/variables", "POST task/{taskId}/complete",
            "POST task/{taskId}/submit-form", "POST task/{taskId}/claim", "GET process-definition",
            "GET process-definition/key/joint-measure", "GET process-definition/key/absence/form-variables",
            "POST process-definition/key/absence/submit-form", "GET process-instance", "GET execution",
            "GET history/process-instance", "GET history/task", "GET history/activity-instance", "GET filter",
            "GET user", "GET user/{userId}/profile", "GET group", "GET identity/groups?userId={userId}", "GET job",
            "GET incident", "GET deployment", "GET variable-instance", "GET authorization");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");
    private static final List<String> ENGLISH = List.of("\"error\":\"", "Internal Server Error", "Exception",
            "Cannot ", "No matching", "Whitelabel", "not found", "Bad Request");

    private final AppNode node;
    private final String user;
    private final Map<String, String> values;
    private final List<String> operations = new ArrayList<>();
    private HttpClient session;
    private String csrfToken;

    private ApiSweep(AppNode node, String user, Map<String, String> values) {
        this.node = node;
        this.user = user;
        this.values = values;
    }

    /**
     * Reads the operations and logs into Tasklist — while the database is there. {@code values} fill the path
     * placeholders by name (e.g. {@code reference}); any other placeholder gets "1".
     */
    public static ApiSweep prepare(AppNode node, String user, Map<String, String> values) throws Exception {
        var sweep = new ApiSweep(node, user, values);
        JsonNode paths = AppNode.JSON.readTree(node.request(user, "GET", "/v3/api-docs", null,
                Duration.ofSeconds(30)).body()).get("paths");
        paths.fieldNames().forEachRemaining(path -> paths.get(path).fieldNames().forEachRemaining(method -> {
            if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                sweep.operations.add(method.toUpperCase() + " " + path);
            }
        }));
        for (String operation : ENGINE) {
            String[] parts = operation.split(" ");
            sweep.operations.add(parts[0] + " /engine-rest/" + parts[1]);
            sweep.operations.add(parts[0] + " /camunda/api/engine/engine/default/" + parts[1]);
        }
        sweep.login();
        return sweep;
    }

    public int size() {
        return operations.size();
    }

    /** Sends every operation, {@code threads} at a time; the answers a person should not get. */
    public List<String> run(int threads) throws Exception {
        var unexpected = Collections.synchronizedList(new ArrayList<String>());
        var pool = Executors.newFixedThreadPool(threads);
        try {
            for (String operation : operations) {
                pool.submit(() -> {
                    String[] parts = operation.split(" ", 2);
                    String path = fill(parts[1]);
                    try {
                        check(operation, send(parts[0], path), unexpected);
                    } catch (Exception e) {
                        unexpected.add(operation + " -> no answer: " + e);
                    }
                });
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(5, TimeUnit.MINUTES);
        }
        return unexpected;
    }

    private static void check(String operation, HttpResponse<String> response, List<String> unexpected) {
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body();
        boolean german503 = status == 503 && (body.contains("Datenbank nicht erreichbar")
                || body.contains("Bitte erneut versuchen"));
        boolean english = ENGLISH.stream().anyMatch(body::contains);
        if (status / 100 == 5 && !german503 || status / 100 == 4 && english) {
            unexpected.add(operation + " -> " + status + " " + body.substring(0, Math.min(300, body.length())));
        }
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        boolean read = method.equals("GET");
        var request = HttpRequest.newBuilder(URI.create(node.base() + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("X-Requested-With", "XMLHttpRequest")
                .method(method, read || method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
        if (path.startsWith("/camunda/")) {
            request.header("X-XSRF-TOKEN", csrfToken);
        } else if (!read) { // our API and /engine-rest take writes only with HTTP Basic
            return node.request(user, method, path, "{}", Duration.ofSeconds(30));
        }
        return session.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String fill(String path) {
        Matcher m = PLACEHOLDER.matcher(path);
        var filled = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(filled, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "1")));
        }
        return m.appendTail(filled).toString();
    }

    /** Logs into Tasklist as the browser does: session and CSRF token first, then the login form. */
    private void login() throws Exception {
        var cookies = new CookieManager();
        session = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
        String page = node.base() + "/camunda/app/tasklist/default/";
        var first = session.send(HttpRequest.newBuilder(URI.create(page)).header("X-XSRF-TOKEN", "Fetch").build(),
                HttpResponse.BodyHandlers.discarding());
        String token = first.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        var login = session.send(HttpRequest.newBuilder(URI.create(node.base()
                        + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Tasklist login of " + user + ": " + login.statusCode() + " " + login.body());
        }
        var after = session.send(HttpRequest.newBuilder(URI.create(page)).header("X-XSRF-TOKEN", "Fetch").build(),
                HttpResponse.BodyHandlers.discarding());
        csrfToken = after.headers().firstValue("X-XSRF-TOKEN").orElse(token);
    }
}
