package de.akn.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.akn.workflow.member.MemberService;
import de.akn.workflow.notification.MailRequest;
import de.akn.workflow.notification.NotificationService;
import de.akn.workflow.notification.NotificationStatus;
import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.PostgresTestDatabase;
import de.akn.workflow.support.TestEnvironment;
import de.akn.workflow.support.TestMail;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application on a real PostgreSQL (a fresh database): Flyway migrations, JPA
 * validation of the entities, member and identity set-up, and the outbox. Skips where no
 * PostgreSQL runs, unless AKN_REQUIRE_ALL=true.
 */
@Tag("postgres")
@TestPropertySource(properties = "akn.test.db=postgres")
class PostgresIntegrationTest extends AknIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MemberService members;
    @Autowired
    NotificationService notifications;
    @Autowired
    TransactionTemplate tx;

    @BeforeAll
    static void postgresRuns() {
        TestEnvironment.assumeAvailable(PostgresTestDatabase.isAvailable(),
                "PostgreSQL not reachable at " + PostgresTestDatabase.ADMIN_URL);
    }

    @Test
    void shouldRunOnPostgresWithMigratedSchemaMembersAndOutbox() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForList("select version from akn_flyway_history where success order by installed_rank",
                String.class)).contains("1", "2");
        assertThat(members.findAll()).hasSize(9);
        assertThat(jdbc.queryForObject("select count(*) from act_id_group where id_ like 'member-%'", Long.class))
                .isEqualTo(8);

        String recipient = "pg-" + UUID.randomUUID() + "@example.org";
        tx.executeWithoutResult(s -> notifications.queue(MailRequest.of(recipient, "[AKN-2026-001] PostgreSQL",
                "notice", Map.of("paragraphs", List.of("Läuft auf PostgreSQL.")), "pg/" + recipient)));
        await().atMost(Duration.ofSeconds(10)).until(() -> notifications.findByDedupKey("pg/" + recipient)
                .orElseThrow().getStatus() == NotificationStatus.SENT);
        assertThat(TestMail.receivedBy(recipient)).hasSize(1);
    }
}
