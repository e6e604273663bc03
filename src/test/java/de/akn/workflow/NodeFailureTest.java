package de.akn.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.akn.workflow.support.PostgresTestDatabase;
import de.akn.workflow.support.TestEnvironment;
import de.akn.workflow.support.TestMail;
import de.akn.workflow.support.TestProposals;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two nodes, each its own JVM, on one PostgreSQL: node A is killed with SIGKILL ({@code kill -9})
 * while co-signing completions are being continued by the job executors; node B finishes every
 * measure up to COMPLETED, and every mail of the outbox arrives (a mail the dead node had handed to
 * the SMTP server but not yet marked sent may come twice, with the same Message-ID — ADR 0001).
 */
@Tag("db")
class NodeFailureTest {

    static final int MEASURES = Integer.getInteger("akn.fault.node-measures", 12);
    static final ObjectMapper JSON = new ObjectMapper();

    private final List<Process> nodes = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stopNodes() {
        nodes.forEach(Process::destroyForcibly);
    }

    @Test
    void theSurvivingNodeFinishesEveryMeasureAndNoMailIsLost() throws Exception {
        TestEnvironment.assumeAvailable(PostgresTestDatabase.isAvailable(),
                "PostgreSQL on " + PostgresTestDatabase.ADMIN_URL + " not available");
        String db = PostgresTestDatabase.createDatabase();
        String a = start("a", db);
        String b = start("b", db);

        // proposals and approvals on both nodes
        var references = new ArrayList<String>();
        for (int i = 0; i < MEASURES; i++) {
            String node = i % 2 == 0 ? a : b;
            var body = TestProposals.with(TestProposals.climateWeek(), "invitedMembers", List.of("dormagen", "meerbusch"));
            JsonNode created = send(node, "km-kaarst", "POST", "/api/measures", JSON.writeValueAsString(body), 201);
            references.add(created.get("reference").asText());
        }
        for (String ref : references) {
            complete(a, "coordinator", ref, "Task_FormalReview", Map.of("reviewDecision", "APPROVE"));
        }
        // both towns co-sign through node A; their continuations are jobs (asyncAfter) …
        for (String ref : references) {
            complete(a, "km-dormagen", ref, "Task_CosignDecision", Map.of("cosignDecision", "COSIGN"));
            complete(a, "km-meerbusch", ref, "Task_CosignDecision", Map.of("cosignDecision", "COSIGN"));
        }
        // … and node A dies while the job executors work on them
        Process nodeA = nodes.get(0);
        nodeA.destroyForcibly().waitFor();
        assertThat(nodeA.isAlive()).isFalse();
        try (var connection = DriverManager.getConnection(db, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD);
                var rs = connection.createStatement().executeQuery("select count(*) from akn_measure where status <> "
                        + "'ADOPTED'")) {
            rs.next();
            System.out.printf("AKN node failure: node A killed with %d of %d measures not yet adopted%n",
                    rs.getLong(1), MEASURES);
            assertThat(rs.getLong(1)).as("work left for the survivor").isPositive();
        }

        // node B finishes: every measure adopted, then reported on and accepted
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> references.stream()
                .allMatch(ref -> status(b, ref).equals("ADOPTED")));
        for (String ref : references) {
            complete(b, "km-kaarst", ref, "Task_ProgressReport", Map.of("progressPercent", 100, "progressStatus",
                    "ON_TRACK", "spentEur", 11000, "progressText", "Abgeschlossen.", "finalReport", true));
            complete(b, "coordinator", ref, "Task_AcceptFinalReport", Map.of("acceptDecision", "ACCEPT"));
        }
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> references.stream()
                .allMatch(ref -> status(b, ref).equals("COMPLETED")));

        // every mail of the outbox delivered; a repeat only with the same Message-ID
        try (var connection = DriverManager.getConnection(db, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD)) {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                try (var rs = connection.createStatement().executeQuery(
                        "select count(*) from akn_notification where status <> 'SENT'")) {
                    rs.next();
                    return rs.getLong(1) == 0;
                }
            });
            var messageIds = new ArrayList<String>();
            try (var rs = connection.createStatement().executeQuery("select message_id from akn_notification")) {
                while (rs.next()) {
                    messageIds.add(rs.getString(1));
                }
            }
            assertThat(messageIds).hasSizeGreaterThan(MEASURES * 10);
            var received = new HashMap<String, Integer>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                received.clear();
                for (var mail : TestMail.received()) {
                    received.merge(mail.getMessageID(), 1, Integer::sum);
                }
                return messageIds.stream().allMatch(received::containsKey);
            });
            long repeated = messageIds.stream().filter(id -> received.get(id) > 1).count();
            System.out.printf("AKN node failure: %d mails, %d delivered twice (same Message-ID)%n", messageIds.size(),
                    repeated);
            assertThat(repeated).as("repeats from the killed node's last claimed mails").isLessThanOrEqualTo(2);
            assertThat(received.values().stream().mapToInt(Integer::intValue).sum() - repeated)
                    .isGreaterThanOrEqualTo(messageIds.size());
        }
    }

    private String start(String name, String db) throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Path.of("target", "node-" + name + ".log");
        Files.createDirectories(log.getParent());
        var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), AknApplication.class.getName(),
                "--spring.profiles.active=postgres,demo", "--server.port=" + port,
                "--spring.datasource.url=" + db, "--spring.datasource.username=" + PostgresTestDatabase.USER,
                "--spring.datasource.password=" + PostgresTestDatabase.PASSWORD,
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestMail.port(),
                "--alliance.mail.poll-interval=PT0.3S", "--alliance.mail.claim-lease=PT10S",
                "--camunda.bpm.job-execution.lock-time-in-millis=10000",
                "--camunda.bpm.job-execution.wait-time-in-millis=300", "--camunda.bpm.job-execution.max-wait=1000",
                "--logging.level.org.camunda.bpm.engine.jobexecutor=warn");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        nodes.add(process);
        String base = "http://127.0.0.1:" + port;
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            assertThat(process.isAlive()).as("node %s (see %s)", name, log).isTrue();
            try {
                return http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (java.io.IOException e) {
                return false;
            }
        });
        return base;
    }

    private void complete(String node, String user, String reference, String taskKey, Map<String, Object> values)
            throws Exception {
        JsonNode tasks = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> send(
                node, user, "GET", "/engine-rest/task?processInstanceBusinessKey=" + reference + "&taskDefinitionKey="
                        + taskKey, null, 200), t -> t.size() == 1);
        var variables = new HashMap<String, Object>();
        values.forEach((k, v) -> variables.put(k, Map.of("value", v)));
        send(node, user, "POST", "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
                JSON.writeValueAsString(Map.of("variables", variables)), 204);
    }

    private String status(String node, String reference) {
        try {
            return send(node, "coordinator", "GET", "/api/measures/" + reference, null, 200).get("status").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode send(String node, String user, String method, String path, String body, int expected)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(node + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s as %s: %s", method, path, user, response.body())
                .isEqualTo(expected);
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
