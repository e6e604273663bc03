package de.akn.workflow.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import de.akn.workflow.support.TestMail;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily sweep over many overdue tasks (default 10,000; {@code -Dakn.sweep.tasks=N}): one
 * reminder per task, escalation for the long-overdue ones, nothing more on a second sweep the
 * same day. The mail sender is idle here (the mails stay in the outbox). The time is printed
 * for {@code bench/reminder-sweep.sh}; it is not asserted.
 */
@SpringBootTest(properties = {"alliance.mail.poll-interval=PT1H", "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles({"demo", "test"})
@Tag("db")
class ReminderSweepTest {

    static final int TASKS = Integer.getInteger("akn.sweep.tasks", 10_000);
    static final int LONG_OVERDUE = TASKS / 100;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", TestMail::port);
    }

    @Autowired
    TaskReminderService reminders;
    @Autowired
    TaskService taskService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void shouldRemindEveryOverdueTaskOnceADayAndEscalateTheLongOverdue() {
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("task-reminder-sweep")
                .count()).isEqualTo(1);
        createOverdueTasks();

        long start = System.nanoTime();
        var first = reminders.sweep();
        long firstMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        start = System.nanoTime();
        var second = reminders.sweep();
        long secondMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        System.out.printf("AKN-BENCH reminder-sweep tasks=%d first_ms=%d second_ms=%d reminders=%d%n", TASKS,
                firstMillis, secondMillis, first.reminders());

        assertThat(first.overdueTasks()).isEqualTo(TASKS);
        assertThat(first.escalations()).isEqualTo(LONG_OVERDUE);
        // a claimed task reminds its assignee (km-juechen); a task of Jüchen's group reminds Jüchen's climate
        // managers (km-juechen, deputy-juechen) and its functional mailbox; a long-overdue task is escalated to
        // the coordination (coordinator, coordinator-deputy)
        long claimed = TASKS / 10;
        long groupReminders = (TASKS - claimed) * 3;
        assertThat(first.reminders()).isEqualTo(claimed + groupReminders + LONG_OVERDUE * 2);
        assertThat(count("sweep/%")).isEqualTo(claimed + groupReminders);
        assertThat(count("sweep-escalation/%")).isEqualTo(LONG_OVERDUE * 2);
        assertThat(jdbc.queryForList("select distinct recipient from akn_notification where dedup_key "
                + "like 'sweep/%'", String.class)).containsExactlyInAnyOrder("km-juechen@example.org",
                "deputy-juechen@example.org", "klimaschutz@juechen.example.org");
        assertThat(second.overdueTasks()).isEqualTo(TASKS);
        assertThat(second.reminders()).as("no second reminder on the same day").isZero();
    }

    private long count(String keyPattern) {
        return jdbc.queryForObject("select count(*) from akn_notification where dedup_key like ?", Long.class,
                keyPattern);
    }

    private void createOverdueTasks() {
        Instant now = Instant.now();
        for (int chunk = 0; chunk < TASKS; chunk += 1000) {
            int from = chunk;
            tx.executeWithoutResult(status -> {
                for (int i = from; i < Math.min(TASKS, from + 1000); i++) {
                    var task = taskService.newTask();
                    task.setName("Testaufgabe " + i);
                    task.setDueDate(Date.from(now.minus(Duration.ofDays(i < LONG_OVERDUE ? 10 : 1))));
                    if (i % 10 == 0) {
                        task.setAssignee("km-juechen"); // claimed tasks remind the assignee
                        taskService.saveTask(task);
                    } else {
                        taskService.saveTask(task);
                        taskService.addCandidateGroup(task.getId(), "member-juechen");
                    }
                }
            });
        }
    }
}
