package de.akn.workflow.notification;

import de.akn.workflow.notification.internal.NotificationRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.akn.workflow.support.AknIntegrationTest;
import de.akn.workflow.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

class NotificationOutboxTest extends AknIntegrationTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    NotificationRepository repository;
    @Autowired
    NotificationSender sender;
    @Autowired
    de.akn.workflow.notification.internal.OutboxInserts inserts;
    @Autowired
    JavaMailSender mailSender;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    MailProperties properties;
    @Autowired
    MailRetention retention;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void smtpBackOn() {
        if (!TestMail.server().isRunning()) {
            TestMail.restart();
        }
    }

    @Test
    void shouldDeliverQueuedMailOnceWithGermanSubjectBodyAndStableMessageId() throws Exception {
        String key = "test/" + UUID.randomUUID();
        String recipient = "km-kaarst-" + UUID.randomUUID() + "@example.org";

        boolean first = tx.execute(s -> notifications.queue(notice(recipient, key, "Bitte um Mitzeichnung: Klimawoche")));
        boolean second = tx.execute(s -> notifications.queue(notice(recipient, key, "Bitte um Mitzeichnung: Klimawoche")));

        assertThat(first).isTrue();
        assertThat(second).as("same dedup key queued twice").isFalse();
        await().atMost(Duration.ofSeconds(10)).until(() -> !TestMail.receivedBy(recipient).isEmpty());
        Thread.sleep(600); // a few more sender rounds: still one mail
        List<MimeMessage> mails = TestMail.receivedBy(recipient);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo("[AKN-2026-001] Bitte um Mitzeichnung: Klimawoche");
        assertThat(mail.getMessageID()).isEqualTo(notifications.messageId(key)).endsWith("@akn-rkn.example.org>");
        String content = TestMail.text(mail);
        assertThat(content).contains("Guten Tag,", "Bitte zeichnen Sie die Maßnahme mit.", "Mit freundlichen Grüßen");
        Notification stored = repository.findByDedupKey(key).orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(NotificationStatus.SENT);
        assertThat(stored.getSentAt()).isNotNull();
        assertThat(stored.getAttempts()).isZero();
    }

    @Test
    void shouldEscapeHtmlInTheModel() {
        String key = "test/" + UUID.randomUUID();
        tx.executeWithoutResult(s -> notifications.queue(MailRequest.of("x@example.org", "Test", "notice",
                Map.of("paragraphs", List.of("<script>alert('x')</script>")), key)));
        Notification stored = repository.findByDedupKey(key).orElseThrow();
        assertThat(stored.getBodyHtml()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void shouldAttachCalendarEntry() throws Exception {
        String key = "test/" + UUID.randomUUID();
        String recipient = "ics-" + UUID.randomUUID() + "@example.org";
        var event = new CalendarEvent("deadline-" + key + "@akn", LocalDate.of(2027, 3, 15),
                "Frist Mitzeichnung AKN-2026-001", "Bitte bis zu diesem Tag entscheiden; danke.", null);
        tx.executeWithoutResult(s -> notifications.queue(
                notice(recipient, key, "Frist").withCalendarEvent(event)));

        await().atMost(Duration.ofSeconds(10)).until(() -> !TestMail.receivedBy(recipient).isEmpty());
        String raw = TestMail.raw(TestMail.receivedBy(recipient).get(0));
        assertThat(raw).contains("text/calendar", "termin-20270315.ics", "DTSTART;VALUE=DATE:20270315",
                "SUMMARY:Frist Mitzeichnung AKN-2026-001", "entscheiden\\; danke.");
    }

    @Test
    void shouldQueueManyMailsOnlyWithTheCallersTransaction() {
        String key = "test/" + UUID.randomUUID();
        String recipient = "rollback-" + UUID.randomUUID() + "@example.org";
        tx.executeWithoutResult(s -> {
            assertThat(notifications.queueAll(List.of(notice(recipient, key, "Nie versendet")))).isEqualTo(1);
            s.setRollbackOnly();
        });
        assertThat(repository.findByDedupKey(key)).isEmpty();
    }

    @Test
    void shouldRemoveTheBodiesOfMailsSentLongerAgoThanTheRetentionAndKeepTheRowForAudit() {
        String oldKey = "test/" + UUID.randomUUID();
        String newKey = "test/" + UUID.randomUUID();
        String recipient = "retention-" + UUID.randomUUID() + "@example.org";
        tx.executeWithoutResult(s -> {
            notifications.queue(notice(recipient, oldKey, "Vor langer Zeit"));
            notifications.queue(notice(recipient, newKey, "Neulich"));
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> TestMail.receivedBy(recipient).size() == 2
                && repository.findByDedupKey(newKey).orElseThrow().getStatus() == NotificationStatus.SENT
                && repository.findByDedupKey(oldKey).orElseThrow().getStatus() == NotificationStatus.SENT);
        jdbc.update("update akn_notification set sent_at = sent_at - interval '91' day where dedup_key = ?", oldKey);
        // a mail to a deputy names two persons: the recipient and the one away
        jdbc.update("update akn_notification set recipient = ?, subject = subject || ' (in Vertretung für Erika "
                + "Muster)' where dedup_key = ?", "Max Beispiel <" + recipient + ">", oldKey);

        assertThat(retention.removeExpiredBodies()).isGreaterThanOrEqualTo(1);

        Notification old = repository.findByDedupKey(oldKey).orElseThrow();
        assertThat(old.getBodyText()).isNull();
        assertThat(old.getBodyHtml()).isNull();
        assertThat(old.getRecipient()).as("the address stays, the name goes").isEqualTo(recipient);
        assertThat(old.getSubject()).isEqualTo("[AKN-2026-001] Vor langer Zeit (in Vertretung)");
        assertThat(old.getMessageId()).isEqualTo(notifications.messageId(oldKey));
        assertThat(repository.findByDedupKey(newKey).orElseThrow().getBodyText()).contains("Bitte zeichnen Sie");
        Boolean queuedAgain = tx.execute(s -> notifications.queue(notice(recipient, oldKey, "Vor langer Zeit")));
        assertThat(queuedAgain).as("the dedup key stays: the mail is not queued again").isFalse();
        assertThat(retention.removeExpiredBodies()).as("nothing left to remove").isZero();
    }

    @Test
    void shouldKeepMailPendingWhileSmtpIsDownAndDeliverItOnceWhenItIsBack() throws Exception {
        TestMail.stop();
        String key = "test/" + UUID.randomUUID();
        String recipient = "outage-" + UUID.randomUUID() + "@example.org";
        tx.executeWithoutResult(s -> notifications.queue(notice(recipient, key, "Während der Störung")));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> repository.findByDedupKey(key).orElseThrow().getLastError() != null);
        Thread.sleep(1500); // several rounds and back-offs while the server is down
        Notification waiting = repository.findByDedupKey(key).orElseThrow();
        assertThat(waiting.getStatus()).isEqualTo(NotificationStatus.PENDING);
        assertThat(waiting.getAttempts()).as("an unreachable server uses up no attempt").isZero();
        assertThat(waiting.getLastError()).startsWith("Mailserver nicht erreichbar");

        TestMail.restart();

        await().atMost(Duration.ofSeconds(10)).until(() -> !TestMail.receivedBy(recipient).isEmpty());
        Thread.sleep(600);
        assertThat(TestMail.receivedBy(recipient)).hasSize(1);
        assertThat(repository.findByDedupKey(key).orElseThrow().getStatus()).isEqualTo(NotificationStatus.SENT);
    }

    @Test
    void shouldMarkMailFailedAfterLastRetryAndRaiseIncidentOnItsProcessInstance() {
        String processInstanceId = startTestProcess();
        String key = "test/" + UUID.randomUUID();
        // a broken functional address, as it might stand in the member configuration
        tx.executeWithoutResult(s -> notifications.queue(
                notice("Klimaschutz Kaarst <klimaschutz@kaarst.example.org", key, "Unzustellbar").forMeasure(null, processInstanceId)));

        await().atMost(Duration.ofSeconds(15))
                .until(() -> repository.findByDedupKey(key).orElseThrow().getStatus() == NotificationStatus.FAILED);
        Notification failed = repository.findByDedupKey(key).orElseThrow();
        assertThat(failed.getAttempts()).isEqualTo(properties.maxAttempts());
        var incident = runtimeService.createIncidentQuery().processInstanceId(processInstanceId).singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getId()).isEqualTo(failed.getIncidentId());
        assertThat(incident.getIncidentType()).isEqualTo(NotificationSender.INCIDENT_TYPE);
        assertThat(incident.getIncidentMessage()).contains("klimaschutz@kaarst.example.org", "nicht zugestellt");

        // the coordinator retries after fixing the cause: incident resolved, mail queued again
        tx.executeWithoutResult(s -> notifications.retry(failed.getId()));
        assertThat(runtimeService.createIncidentQuery().processInstanceId(processInstanceId).count()).isZero();
    }

    @Test
    void shouldNeverSendTheSameMailTwiceWithTwoSendersOnOneDatabase() throws Exception {
        String prefix = "node-" + UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < 60; i++) {
                notifications.queue(notice(prefix + "-" + i + "@example.org", prefix + "/" + i, "Zwei Knoten " + i));
            }
        });
        var secondNode = new NotificationSender(repository, inserts, mailSender, runtimeService, tx, properties,
                Optional.empty());
        var pool = Executors.newFixedThreadPool(3);
        List<Callable<Integer>> rounds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rounds.add(sender::deliverDue);
            rounds.add(secondNode::deliverDue);
        }
        pool.invokeAll(rounds);
        pool.shutdown();

        await().atMost(Duration.ofSeconds(20)).until(() -> TestMail.received().stream()
                .filter(m -> recipientStartsWith(m, prefix)).count() >= 60);
        Thread.sleep(600);
        var received = TestMail.received().stream().filter(m -> recipientStartsWith(m, prefix)).toList();
        assertThat(received).hasSize(60);
        assertThat(received.stream().map(NotificationOutboxTest::messageId).distinct()).hasSize(60);
    }

    @Test
    void shouldKeepAnErasureThatHappensWhileTheMailIsBeingSent() {
        String key = "test/" + UUID.randomUUID();
        String recipient = "erika-" + UUID.randomUUID() + "@example.org";
        tx.executeWithoutResult(s -> {
            notifications.queue(notice(recipient, key, "Bitte um Mitzeichnung: Klimawoche"));
            // due tomorrow: only the sender below, whose clock runs a day ahead, sends it
            jdbc.update("update akn_notification set next_attempt_at = ? where dedup_key = ?",
                    java.sql.Timestamp.from(java.time.Instant.now().plus(Duration.ofHours(12))), key);
        });
        // the person is erased while the server takes the mail
        JavaMailSender erasingWhileSending = (JavaMailSender) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {JavaMailSender.class}, (proxy, method, args) -> {
                    if (method.getName().equals("send")) {
                        jdbc.update("update akn_notification set recipient = 'Klimaschutzmanagement der Stadt Kaarst',"
                                + " version = version + 1 where dedup_key = ?", key);
                    }
                    try {
                        return method.invoke(mailSender, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        var aDayAhead = java.time.Clock.offset(java.time.Clock.systemUTC(), Duration.ofDays(1));
        var sender = new NotificationSender(repository, inserts, erasingWhileSending, runtimeService, tx, properties,
                Optional.of(aDayAhead));

        assertThat(sender.deliverDue()).isPositive();

        Notification stored = repository.findByDedupKey(key).orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(NotificationStatus.SENT);
        assertThat(stored.getRecipient()).isEqualTo("Klimaschutzmanagement der Stadt Kaarst");
    }

    private String startTestProcess() {
        String key = "outboxTest";
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
            var model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                    .startEvent().userTask("wait").endEvent().done();
            repositoryService.createDeployment().addModelInstance(key + ".bpmn", model).deploy();
        }
        return runtimeService.startProcessInstanceByKey(key).getId();
    }

    private static MailRequest notice(String recipient, String key, String text) {
        return MailRequest.of(recipient, MailRequest.subject("AKN-2026-001", text), "notice",
                Map.of("paragraphs", List.of("Bitte zeichnen Sie die Maßnahme mit."),
                        "linkUrl", "http://localhost:8080/camunda/app/tasklist/", "linkText", "Zur Aufgabe"), key);
    }

    private static boolean recipientStartsWith(MimeMessage m, String prefix) {
        try {
            return m.getAllRecipients()[0].toString().startsWith(prefix);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
