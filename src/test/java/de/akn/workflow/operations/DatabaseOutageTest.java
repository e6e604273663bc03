package de.akn.workflow.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.akn.workflow.cosigning.CosigningProcess;
import de.akn.workflow.implementation.ImplementationProcess;
import de.akn.workflow.review.ReviewProcess;
import de.akn.workflow.support.ApiSweep;
import de.akn.workflow.support.AppNode;
import de.akn.workflow.support.OwnPostgres;
import de.akn.workflow.support.Rows;
import de.akn.workflow.support.TestEnvironment;
import de.akn.workflow.support.TestMail;
import de.akn.workflow.support.TestProposals;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL restarted in the middle of the working day (issue #17): the application runs in a JVM
 * of its own on a PostgreSQL cluster of the test's own, a town keeps proposing, the coordinator
 * approving and the towns co-signing, while the database is stopped for
 * {@code akn.fault.outage-seconds} (default 30) and started again. During the outage every request
 * gets a German 503 problem — every operation of {@code /api}, {@code /engine-rest} and the webapps' engine API
 * is sent once in a Tasklist session and with HTTP Basic (issue #28) — and {@code /actuator/health} says DOWN; afterwards the node carries on
 * without a restart, every step a user was told had succeeded is there, nothing is half-done, and
 * every mail arrives exactly once.
 */
@Tag("db")
@Tag("ops")
class DatabaseOutageTest {

    static final int OUTAGE_SECONDS = Integer.getInteger("akn.fault.outage-seconds", 30);
    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(20);

    /** What the users were told: a step succeeded (2xx), was refused (German 503), or anything else. */
    private final Set<String> proposed = new LinkedHashSet<>();
    private final Set<String> approved = new LinkedHashSet<>();
    private final Set<String> leadCosigned = new LinkedHashSet<>();
    private final Set<String> cosigned = new LinkedHashSet<>();
    private final Set<String> adopted = new LinkedHashSet<>();
    private final Set<String> reported = new LinkedHashSet<>();
    private final List<String> unexpected = new ArrayList<>();
    private int succeeded;
    private int refused;
    private long slowestRefusalMillis;

    @Test
    void shouldRefuseInGermanWhileTheDatabaseIsAwayAndLoseNothing() throws Exception {
        TestEnvironment.assumeAvailable(OwnPostgres.isAvailable(), "PostgreSQL's initdb/pg_ctl (run as root or "
                + "postgres) for a cluster of the test's own not available");
        TestMail.purge();
        try (var pg = OwnPostgres.create();
                var node = AppNode.start("outage", pg.jdbcUrl(), "postgres", "")) {
            // Given measures moving
            work(node, Instant.now().plusSeconds(10));
            assertThat(succeeded).as("steps before the outage").isPositive();
            int succeededBefore = succeeded;
            ApiSweep sweep = ApiSweep.prepare(node, "km-kaarst", sweepValues(node));

            // When PostgreSQL stops
            pg.stop();
            Instant back = Instant.now().plusSeconds(OUTAGE_SECONDS);

            // Then the node says so at once, and every request gets a German 503
            long started = System.nanoTime();
            var health = node.get("/actuator/health", Duration.ofSeconds(15));
            long healthMillis = (System.nanoTime() - started) / 1_000_000;
            assertThat(health.statusCode()).as("health during the outage: " + health.body()).isEqualTo(503);
            assertThat(health.body()).contains("DOWN");
            assertThat(node.get("/actuator/health/readiness", Duration.ofSeconds(15)).statusCode()).isEqualTo(503);
            assertThat(node.get("/actuator/health/liveness", Duration.ofSeconds(15)).statusCode()).isEqualTo(200);
            var refusal = node.request("km-kaarst", "POST", "/api/measures", AppNode.JSON.writeValueAsString(proposal()),
                    CLIENT_TIMEOUT);
            assertThat(refusal.statusCode()).isEqualTo(503);
            assertThat(refusal.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refusal.body()).contains("Datenbank nicht erreichbar").doesNotContain("Exception", "at de.");
            // every operation of /api, /engine-rest and the webapps' engine API, in a Tasklist session and with Basic
            long sweepStarted = System.nanoTime();
            List<String> sweepAnswers = sweep.run(16);
            System.out.printf("AKN database outage: %d operations sent in %d ms, %d unexpected answers%n", sweep.size(),
                    (System.nanoTime() - sweepStarted) / 1_000_000, sweepAnswers.size());
            assertThat(sweepAnswers).as("answers to the API sweep other than success, a German 4xx or the German 503")
                    .isEmpty();
            int refusedBefore = refused;
            work(node, back.isAfter(Instant.now().plusSeconds(5)) ? back : Instant.now().plusSeconds(5));
            assertThat(refused).as("requests refused during the outage").isGreaterThan(refusedBefore);

            // When PostgreSQL is back, the node recovers by itself
            pg.start();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    node.get("/actuator/health/readiness", Duration.ofSeconds(15)).statusCode() == 200);
            int succeededDuring = succeeded;
            // until a measure has come as far as its first report (jobs locked before the outage wait for their lock)
            Instant deadline = Instant.now().plusSeconds(60);
            do {
                work(node, Instant.now().plusSeconds(5));
            } while (reported.isEmpty() && Instant.now().isBefore(deadline));
            assertThat(succeeded).as("steps after the outage").isGreaterThan(succeededDuring);

            System.out.printf("AKN database outage (%d s): %d steps succeeded (%d before), %d refused with 503 "
                    + "(slowest refusal %d ms), health answered DOWN in %d ms, %d unexpected answers%n",
                    OUTAGE_SECONDS, succeeded, succeededBefore, refused, slowestRefusalMillis, healthMillis,
                    unexpected.size());
            assertThat(unexpected).as("answers other than success or a German 503").isEmpty();
            assertThat(healthMillis).as("health answers while the database is away").isLessThan(10_000);
            verifyNothingLostOrHalfDone(node, pg.jdbcUrl());
        }
    }

    /** Path values for the API sweep: a measure of Kaarst, its open task, a member, a year, a user. */
    private Map<String, String> sweepValues(AppNode node) throws Exception {
        String reference = proposed.iterator().next();
        var tasks = AppNode.JSON.readTree(node.request("km-kaarst", "GET", "/engine-rest/task?processInstanceBusinessKey="
                + reference, null, CLIENT_TIMEOUT).body());
        var values = new HashMap<String, String>(Map.of("reference", reference, "member", "kaarst", "memberId",
                "kaarst", "year", "2026", "userId", "km-kaarst", "processKey", "joint-measure"));
        if (!tasks.isEmpty()) {
            values.put("taskId", tasks.get(0).get("id").asText());
            values.put("processInstanceId", tasks.get(0).get("processInstanceId").asText());
        }
        return values;
    }

    /**
     * A town proposes, the coordinator approves, the lead town, Dormagen and Meerbusch co-sign, the lead
     * town reports — each measure one step further per round, until {@code until}.
     */
    private void work(AppNode node, Instant until) throws Exception {
        while (Instant.now().isBefore(until)) {
            var created = call(node, "km-kaarst", "POST", "/api/measures",
                    AppNode.JSON.writeValueAsString(proposal()));
            if (created != null) {
                proposed.add(AppNode.JSON.readTree(created.body()).get("reference").asText());
            }
            for (String reference : List.copyOf(proposed)) {
                if (!approved.contains(reference)) {
                    step(node, "coordinator", reference, ReviewProcess.TASK_FORMAL_REVIEW, Map.of("reviewDecision", "APPROVE"),
                            approved);
                } else if (!leadCosigned.contains(reference)) {
                    step(node, "km-kaarst", reference, CosigningProcess.TASK_COSIGN_DECISION, Map.of("cosignDecision", "COSIGN"),
                            leadCosigned);
                } else if (!cosigned.contains(reference)) {
                    step(node, "km-dormagen", reference, CosigningProcess.TASK_COSIGN_DECISION, Map.of("cosignDecision", "COSIGN"),
                            cosigned);
                } else if (!adopted.contains(reference)) {
                    step(node, "km-meerbusch", reference, CosigningProcess.TASK_COSIGN_DECISION, Map.of("cosignDecision", "COSIGN"),
                            adopted);
                } else if (!reported.contains(reference)) {
                    step(node, "km-kaarst", reference, ImplementationProcess.TASK_PROGRESS_REPORT, Map.of("progressPercent", 30,
                            "progressStatus", "ON_TRACK", "spentEur", 3000, "progressText", "Plakate gedruckt."),
                            reported);
                }
            }
            Thread.sleep(200);
        }
    }

    private void step(AppNode node, String user, String reference, String taskKey, Map<String, Object> values,
            Set<String> done) throws Exception {
        if (completeTask(node, user, reference, taskKey, values)) {
            done.add(reference);
        }
    }

    private boolean completeTask(AppNode node, String user, String reference, String taskKey, Map<String, Object> values)
            throws Exception {
        var tasks = call(node, user, "GET", "/engine-rest/task?processInstanceBusinessKey=" + reference
                + "&taskDefinitionKey=" + taskKey, null);
        if (tasks == null) {
            return false;
        }
        var list = AppNode.JSON.readTree(tasks.body());
        if (list.size() != 1) {
            return false; // not created yet (the continuation is a job)
        }
        return call(node, user, "POST", "/engine-rest/task/" + list.get(0).get("id").asText() + "/complete",
                AppNode.variables(values)) != null;
    }

    /** The answer if it succeeded, null if it was refused with a German 503; anything else is noted. */
    private HttpResponse<String> call(AppNode node, String user, String method, String path, String body)
            throws InterruptedException {
        long started = System.nanoTime();
        try {
            var response = node.request(user, method, path, body, CLIENT_TIMEOUT);
            if (response.statusCode() / 100 == 2) {
                succeeded++;
                return response;
            }
            if (response.statusCode() == 503 && response.body().contains("\"title\":\"")
                    && (response.body().contains("Datenbank nicht erreichbar")
                            || response.body().contains("Bitte erneut versuchen"))) {
                refused++;
                slowestRefusalMillis = Math.max(slowestRefusalMillis, (System.nanoTime() - started) / 1_000_000);
                return null;
            }
            unexpected.add(method + " " + path + " -> " + response.statusCode() + " " + response.body());
        } catch (IOException e) {
            unexpected.add(method + " " + path + " -> no answer: " + e);
        }
        return null;
    }

    private void verifyNothingLostOrHalfDone(AppNode node, String jdbcUrl) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            // every measure a user was told about is there, with its process; no process without its measure
            var measures = Rows.strings(db, "select reference from akn_measure");
            var lost = new ArrayList<String>();
            proposed.stream().filter(r -> !measures.contains(r)).forEach(r -> lost.add(r + " proposed"));
            for (String reference : approved) {
                if (!List.of("COSIGNING", "ADOPTED").contains(node.status(reference))) {
                    lost.add(reference + " approved");
                }
            }
            leadCosigned.stream().filter(r -> !participation(db, r, "kaarst").equals("COSIGNED"))
                    .forEach(r -> lost.add(r + " co-signed by Kaarst"));
            cosigned.stream().filter(r -> !participation(db, r, "dormagen").equals("COSIGNED"))
                    .forEach(r -> lost.add(r + " co-signed by Dormagen"));
            adopted.stream().filter(r -> !participation(db, r, "meerbusch").equals("COSIGNED"))
                    .forEach(r -> lost.add(r + " co-signed by Meerbusch"));
            reported.stream().filter(r -> !participation(db, r, "kaarst").equals("COSIGNED") || reports(db, r) != 1)
                    .forEach(r -> lost.add(r + " reported"));
            System.out.printf("AKN database outage: %d acknowledged steps lost %s%n", lost.size(), lost);
            assertThat(lost).as("steps a user was told had succeeded").isEmpty();
            assertThat(reported).as("reports during the run").isNotEmpty();
            assertThat(Rows.strings(db, "select m.reference from akn_measure m left join act_hi_procinst p "
                    + "on p.id_ = m.process_instance_id where p.id_ is null")).as("measures without a process").isEmpty();
            assertThat(Rows.strings(db, "select p.business_key_ from act_hi_procinst p left join akn_measure m "
                    + "on m.reference = p.business_key_ where p.proc_def_key_ = 'joint-measure' and m.id is null"))
                    .as("processes without a measure").isEmpty();
            // every mail of the outbox arrives exactly once
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    Rows.strings(db, "select id from akn_notification where status <> 'SENT'").isEmpty());
            var messageIds = Rows.strings(db, "select message_id from akn_notification");
            var received = new HashMap<String, Integer>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                received.clear();
                for (var mail : TestMail.received()) {
                    received.merge(mail.getMessageID(), 1, Integer::sum);
                }
                return received.keySet().containsAll(messageIds);
            });
            long mailsLost = messageIds.stream().filter(id -> !received.containsKey(id)).count();
            long doubled = messageIds.stream().filter(id -> received.getOrDefault(id, 0) > 1).count();
            if (doubled > 0) {
                System.out.printf("AKN database outage: doubled %s%n", Rows.strings(db, "select id || ' ' || message_id || ' "
                        + "' || subject from akn_notification where message_id in ('" + String.join("','", messageIds
                        .stream().filter(id -> received.getOrDefault(id, 0) > 1).toList()) + "')"));
            }
            System.out.printf("AKN database outage: %d measures (%d approved, %d adopted, %d reported on), %d mails, "
                    + "%d lost, %d doubled%n", measures.size(), approved.size(), adopted.size(), reported.size(),
                    messageIds.size(), mailsLost, doubled);
            assertThat(mailsLost).as("mails lost").isZero();
            assertThat(doubled).as("mails doubled").isZero();
        }
    }

    private static String participation(Connection db, String reference, String member) {
        try {
            var statuses = Rows.strings(db, "select p.status from akn_participation p join akn_measure m on m.id = "
                    + "p.measure_id where m.reference = '" + reference + "' and p.member_id = '" + member + "'");
            return statuses.isEmpty() ? "" : statuses.get(0);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int reports(Connection db, String reference) {
        try {
            return Rows.strings(db, "select r.id from akn_progress_report r join akn_measure m on m.id = r.measure_id "
                    + "where m.reference = '" + reference + "'").size();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> proposal() {
        return TestProposals.with(TestProposals.climateWeek(), "invitedMembers", List.of("dormagen", "meerbusch"));
    }
}
