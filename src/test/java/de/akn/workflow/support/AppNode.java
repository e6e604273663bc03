package de.akn.workflow.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.akn.workflow.AknApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The application in a JVM of its own (profiles {@code postgres,demo}) on a given database, as
 * an operator runs it, with our SMTP test server; and HTTP as its users send it.
 */
public final class AppNode implements AutoCloseable {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final String base;

    private AppNode(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    /** Starts a node and waits until it is healthy; {@code extraArgs} are further Spring properties. */
    public static AppNode start(String name, String jdbcUrl, String user, String password, String... extraArgs)
            throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Path.of("target", "node-" + name + ".log");
        Files.createDirectories(log.getParent());
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), AknApplication.class.getName(),
                "--spring.profiles.active=postgres,demo", "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestMail.port(),
                "--alliance.mail.poll-interval=PT0.3S", "--alliance.mail.claim-lease=PT10S",
                "--camunda.bpm.job-execution.lock-time-in-millis=10000",
                "--camunda.bpm.job-execution.wait-time-in-millis=300", "--camunda.bpm.job-execution.max-wait=1000",
                "--logging.level.org.camunda.bpm.engine.jobexecutor=warn"));
        command.addAll(List.of(extraArgs));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var node = new AppNode(process, "http://127.0.0.1:" + port);
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            assertThat(process.isAlive()).as("node %s (see %s)", name, log).isTrue();
            try {
                return node.get("/actuator/health", Duration.ofSeconds(5)).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
        return node;
    }

    public Process process() {
        return process;
    }

    public String base() {
        return base;
    }

    /** A request as a demo user (password {@code demo}); any status. */
    public HttpResponse<String> request(String user, String method, String path, String body, Duration timeout)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** An anonymous GET. */
    public HttpResponse<String> get(String path, Duration timeout) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A request that must answer {@code expected}; its JSON body. */
    public JsonNode send(String user, String method, String path, String body, int expected) throws Exception {
        var response = request(user, method, path, body, Duration.ofSeconds(30));
        assertThat(response.statusCode()).as("%s %s as %s: %s", method, path, user, response.body())
                .isEqualTo(expected);
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    /** The one open task of this definition key for the measure, completed by the user with the values. */
    public void complete(String user, String reference, String taskKey, Map<String, Object> values) throws Exception {
        JsonNode tasks = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> openTasks(user, reference, taskKey), t -> t.size() == 1);
        send(user, "POST", "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete", variables(values),
                204);
    }

    /** Waits until the task is open for the measure (its continuation may be a job). */
    public JsonNode openTasksUntil(String user, String reference, String taskKey) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> openTasks(user, reference, taskKey), t -> t.size() == 1);
    }

    public JsonNode openTasks(String user, String reference, String taskKey) throws Exception {
        return send(user, "GET", "/engine-rest/task?processInstanceBusinessKey=" + reference + "&taskDefinitionKey="
                + taskKey, null, 200);
    }

    /** The engine REST form of task variables: {@code {"variables": {"name": {"value": …}}}}. */
    public static String variables(Map<String, Object> values) throws Exception {
        var variables = new HashMap<String, Object>();
        values.forEach((k, v) -> variables.put(k, Map.of("value", v)));
        return JSON.writeValueAsString(Map.of("variables", variables));
    }

    public String status(String reference) {
        try {
            return send("coordinator", "GET", "/api/measures/" + reference, null, 200).get("status").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
