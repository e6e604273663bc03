package de.akn.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.akn.workflow.cosigning.CosigningProcess;
import de.akn.workflow.implementation.ImplementationProcess;
import de.akn.workflow.notification.NotificationSender;
import de.akn.workflow.review.ReviewProcess;
import de.akn.workflow.support.AppNode;
import de.akn.workflow.support.PostgresTestDatabase;
import de.akn.workflow.support.TestEnvironment;
import de.akn.workflow.support.TestMail;
import de.akn.workflow.support.TestProposals;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two nodes, each its own JVM, on one PostgreSQL: node A is killed with SIGKILL ({@code kill -9})
 * while co-signing completions are being continued by the job executors; node B finishes every
 * measure up to COMPLETED, and every mail of the outbox arrives (the mails the dead node had handed to
 * the SMTP server over its last connection but not yet marked sent may come twice, with the same Message-ID
 * — ADR 0001).
 */
@Tag("db")
@Tag("postgres")
class NodeFailureTest {

    static final int MEASURES = Integer.getInteger("akn.fault.node-measures", 12);
    static final ObjectMapper JSON = AppNode.JSON;

    private final List<AppNode> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        nodes.forEach(AppNode::close);
    }

    @Test
    void theSurvivingNodeFinishesEveryMeasureAndNoMailIsLost() throws Exception {
        TestEnvironment.assumeAvailable(PostgresTestDatabase.isAvailable(),
                "PostgreSQL on " + PostgresTestDatabase.ADMIN_URL + " not available");
        String db = PostgresTestDatabase.createDatabase();
        AppNode a = start("a", db);
        AppNode b = start("b", db);

        // proposals and approvals on both nodes
        var references = new ArrayList<String>();
        for (int i = 0; i < MEASURES; i++) {
            AppNode node = i % 2 == 0 ? a : b;
            var body = TestProposals.with(TestProposals.climateWeek(), "invitedMembers", List.of("dormagen", "meerbusch"));
            JsonNode created = node.send("km-kaarst", "POST", "/api/measures", JSON.writeValueAsString(body), 201);
            references.add(created.get("reference").asText());
        }
        for (String ref : references) {
            a.complete("coordinator", ref, ReviewProcess.TASK_FORMAL_REVIEW, Map.of("reviewDecision", "APPROVE"));
        }
        // the lead town and both invited towns co-sign through node A; their continuations are jobs (asyncAfter) …
        for (String ref : references) {
            a.complete("km-kaarst", ref, CosigningProcess.TASK_COSIGN_DECISION, Map.of("cosignDecision", "COSIGN"));
            a.complete("km-dormagen", ref, CosigningProcess.TASK_COSIGN_DECISION, Map.of("cosignDecision", "COSIGN"));
            a.complete("km-meerbusch", ref, CosigningProcess.TASK_COSIGN_DECISION, Map.of("cosignDecision", "COSIGN"));
        }
        // … and node A dies while the job executors work on them
        Process nodeA = a.process();
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
                .allMatch(ref -> b.status(ref).equals("ADOPTED")));
        for (String ref : references) {
            b.complete("km-kaarst", ref, ImplementationProcess.TASK_PROGRESS_REPORT, Map.of("progressPercent", 100, "progressStatus",
                    "ON_TRACK", "spentEur", 11000, "progressText", "Abgeschlossen.", "finalReport", true));
            b.complete("coordinator", ref, ImplementationProcess.TASK_ACCEPT_FINAL_REPORT, Map.of("acceptDecision", "ACCEPT"));
        }
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> references.stream()
                .allMatch(ref -> b.status(ref).equals("COMPLETED")));

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
            assertThat(repeated).as("repeats from the killed node's last connection")
                    .isLessThanOrEqualTo(NotificationSender.MAILS_PER_CONNECTION);
            assertThat(received.values().stream().mapToInt(Integer::intValue).sum() - repeated)
                    .isGreaterThanOrEqualTo(messageIds.size());
        }
    }

    private AppNode start(String name, String db) throws Exception {
        AppNode node = AppNode.start(name, db, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD);
        nodes.add(node);
        return node;
    }
}
