package de.akn.workflow.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.akn.workflow.cosigning.CosigningProcess;
import de.akn.workflow.implementation.ImplementationProcess;
import de.akn.workflow.review.ReviewProcess;
import de.akn.workflow.support.AppNode;
import de.akn.workflow.support.PostgresTestDatabase;
import de.akn.workflow.support.Rows;
import de.akn.workflow.support.TestEnvironment;
import de.akn.workflow.support.TestMail;
import de.akn.workflow.support.TestProposals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A restore from backup that carries on (issue #17): measures wait at every kind of task, the
 * nightly {@code operations/backup.sh} takes a dump, a step is done after it, the database is lost
 * and {@code operations/restore.sh} restores the dump into a new database; a node on it continues
 * every open measure to COMPLETED — timers included — and no mail sent before the dump goes out
 * again.
 */
@Tag("db")
@Tag("ops")
class BackupRestoreTest {

    private final List<AppNode> nodes = new ArrayList<>();

    @Test
    void shouldContinueEveryOpenMeasureAfterARestoreWithoutRepeatingMailsSentBeforeTheDump() throws Exception {
        TestEnvironment.assumeAvailable(PostgresTestDatabase.isAvailable() && Files.isExecutable(Path.of(
                "/usr/bin/pg_dump")), "PostgreSQL with pg_dump/pg_restore on " + PostgresTestDatabase.ADMIN_URL
                + " not available");
        TestMail.purge();
        String sourceUrl = PostgresTestDatabase.createDatabase();
        String restoredName = "akn_test_restored_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            // Given measures waiting at each kind of task
            AppNode before = start("before-dump", sourceUrl);
            String inReview = propose(before);
            String cosigning = approved(before);
            before.complete("km-dormagen", cosigning, CosigningProcess.TASK_COSIGN_DECISION, Map.of("cosignDecision", "COSIGN"));
            String council = approved(before);
            before.complete("km-meerbusch", council, CosigningProcess.TASK_COSIGN_DECISION, Map.of("cosignDecision", "COUNCIL_PENDING",
                    "councilMeetingDate", de.akn.workflow.support.MeetingDays.meetingText(30)));
            before.complete("km-dormagen", council, CosigningProcess.TASK_COSIGN_DECISION, Map.of("cosignDecision", "COSIGN"));
            String reporting = adopted(before);
            String accepting = adopted(before);
            before.complete("km-kaarst", accepting, ImplementationProcess.TASK_PROGRESS_REPORT, finalReport());
            before.openTasksUntil("coordinator", accepting, ImplementationProcess.TASK_ACCEPT_FINAL_REPORT);
            try (Connection db = connect(sourceUrl)) {
                awaitOutboxSent(db);
            }
            List<String> sentBeforeDump;
            try (Connection db = connect(sourceUrl)) {
                sentBeforeDump = Rows.strings(db, "select message_id from akn_notification where status = 'SENT'");
            }

            // When the nightly backup runs, a step is done after it, and the database is then lost
            Path dump = Path.of(run("operations/backup.sh", "target/backup", databaseOf(sourceUrl)).strip());
            assertThat(dump).exists();
            before.complete("coordinator", inReview, ReviewProcess.TASK_FORMAL_REVIEW, Map.of("reviewDecision", "APPROVE"));
            before.close();
            run("operations/restore.sh", dump.toString(), restoredName);

            // Then a node on the restored database carries on from the moment of the dump
            String restoredUrl = PostgresTestDatabase.ADMIN_URL.substring(0,
                    PostgresTestDatabase.ADMIN_URL.lastIndexOf('/') + 1) + restoredName;
            AppNode after = start("after-restore", restoredUrl);
            assertThat(after.status(inReview)).as("the step after the dump is gone").isEqualTo("IN_REVIEW");
            assertThat(after.status(cosigning)).isEqualTo("COSIGNING");
            assertThat(after.status(reporting)).isEqualTo("ADOPTED");
            // timers carry on: Meerbusch's reminder about the open co-signature fires now
            var job = after.send("admin", "GET", "/engine-rest/job?processInstanceBusinessKey=" + cosigning
                    + "&timers=true", null, 200);
            assertThat(job.size()).as("timers of the open co-signature").isPositive();
            String reminder = null;
            for (var j : job) {
                var definition = after.send("admin", "GET", "/engine-rest/job-definition/" + j.get("jobDefinitionId")
                        .asText(), null, 200);
                if ("Timer_CosignReminder".equals(definition.get("activityId").asText())) {
                    reminder = j.get("id").asText();
                }
            }
            assertThat(reminder).as("the co-sign reminder timer").isNotNull();
            after.send("admin", "POST", "/engine-rest/job/" + reminder + "/execute", null, 204);
            TestMail.awaitSubject("km-meerbusch@example.org", cosigning, "Erinnerung – Mitzeichnung ausstehend");

            // every open measure goes on to the end
            after.complete("coordinator", inReview, ReviewProcess.TASK_FORMAL_REVIEW, Map.of("reviewDecision", "APPROVE"));
            after.complete("km-kaarst", inReview, CosigningProcess.TASK_COSIGN_DECISION, Map.of("cosignDecision", "COSIGN"));
            after.complete("km-dormagen", inReview, CosigningProcess.TASK_COSIGN_DECISION, Map.of("cosignDecision", "COSIGN"));
            after.complete("km-meerbusch", inReview, CosigningProcess.TASK_COSIGN_DECISION, Map.of("cosignDecision", "COSIGN"));
            after.complete("km-meerbusch", cosigning, CosigningProcess.TASK_COSIGN_DECISION, Map.of("cosignDecision", "COSIGN"));
            after.complete("km-meerbusch", council, CosigningProcess.TASK_RECORD_COUNCIL_DECISION, Map.of("councilDecision", "COSIGN"));
            for (String reference : List.of(inReview, cosigning, council, reporting)) {
                after.complete("km-kaarst", reference, ImplementationProcess.TASK_PROGRESS_REPORT, finalReport());
            }
            for (String reference : List.of(inReview, cosigning, council, reporting, accepting)) {
                after.complete("coordinator", reference, ImplementationProcess.TASK_ACCEPT_FINAL_REPORT, Map.of("acceptDecision", "ACCEPT"));
            }
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> List.of(inReview,
                    cosigning, council, reporting, accepting).stream().allMatch(r -> after.status(r).equals("COMPLETED")));

            // no mail sent before the dump goes out again
            try (Connection db = connect(restoredUrl)) {
                awaitOutboxSent(db);
                var all = Rows.strings(db, "select message_id from akn_notification");
                var received = new HashMap<String, Integer>();
                await().atMost(Duration.ofSeconds(30)).until(() -> {
                    received.clear();
                    TestMail.received().forEach(m -> received.merge(messageId(m), 1, Integer::sum));
                    return received.keySet().containsAll(all);
                });
                long repeated = sentBeforeDump.stream().filter(id -> received.getOrDefault(id, 0) > 1).count();
                long redone = all.stream().filter(id -> !sentBeforeDump.contains(id) && received.get(id) > 1).count();
                System.out.printf("AKN backup and restore: %d mails before the dump, %d repeated; %d mails after, "
                        + "%d sent twice (steps done after the dump and done again, same Message-ID)%n",
                        sentBeforeDump.size(), repeated, all.size() - sentBeforeDump.size(), redone);
                assertThat(repeated).as("mails sent before the dump and sent again").isZero();
            }
        } finally {
            nodes.forEach(AppNode::close);
        }
    }

    private AppNode start(String name, String url) throws Exception {
        AppNode node = AppNode.start(name, url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD);
        nodes.add(node);
        return node;
    }

    private static String propose(AppNode node) throws Exception {
        var body = TestProposals.with(TestProposals.climateWeek(), "invitedMembers", List.of("dormagen", "meerbusch"));
        return node.send("km-kaarst", "POST", "/api/measures", AppNode.JSON.writeValueAsString(body), 201)
                .get("reference").asText();
    }

    /** Approved, and co-signed by the lead town (Kaarst). */
    private static String approved(AppNode node) throws Exception {
        String reference = propose(node);
        node.complete("coordinator", reference, ReviewProcess.TASK_FORMAL_REVIEW, Map.of("reviewDecision", "APPROVE"));
        node.complete("km-kaarst", reference, CosigningProcess.TASK_COSIGN_DECISION, Map.of("cosignDecision", "COSIGN"));
        return reference;
    }

    private static String adopted(AppNode node) throws Exception {
        String reference = approved(node);
        node.complete("km-dormagen", reference, CosigningProcess.TASK_COSIGN_DECISION, Map.of("cosignDecision", "COSIGN"));
        node.complete("km-meerbusch", reference, CosigningProcess.TASK_COSIGN_DECISION, Map.of("cosignDecision", "COSIGN"));
        node.openTasksUntil("km-kaarst", reference, ImplementationProcess.TASK_PROGRESS_REPORT);
        return reference;
    }

    private static Map<String, Object> finalReport() {
        return Map.of("progressPercent", 100, "progressStatus", "ON_TRACK", "spentEur", 11000, "progressText",
                "Abgeschlossen.", "finalReport", true);
    }

    /** Runs an operations script against the test server (libpq's PG* variables), returns its output. */
    private static String run(String script, String... args) throws Exception {
        var command = new ArrayList<>(List.of("bash", script));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        String hostPort = PostgresTestDatabase.ADMIN_URL.replaceFirst("^jdbc:postgresql://", "").replaceFirst("/.*$", "");
        builder.environment().put("PGHOST", hostPort.split(":")[0]);
        builder.environment().put("PGPORT", hostPort.contains(":") ? hostPort.split(":")[1] : "5432");
        builder.environment().put("PGUSER", PostgresTestDatabase.USER);
        builder.environment().put("PGPASSWORD", PostgresTestDatabase.PASSWORD);
        if (args.length > 1) {
            builder.environment().put("PGDATABASE", args[1]);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(script + ": " + output).isZero();
        return output.lines().reduce((a, b) -> b).orElse("");
    }

    private static String databaseOf(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD);
    }

    private static void awaitOutboxSent(Connection db) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                Rows.strings(db, "select id from akn_notification where status <> 'SENT'").isEmpty());
    }

    private static String messageId(jakarta.mail.internet.MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
