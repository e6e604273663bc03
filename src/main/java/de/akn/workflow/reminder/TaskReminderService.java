package de.akn.workflow.reminder;

import de.akn.workflow.absence.Deputies;
import de.akn.workflow.common.EscalationProperties;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Links;
import de.akn.workflow.common.TaskNames;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.notification.Addressee;
import de.akn.workflow.notification.MailRequest;
import de.akn.workflow.notification.MailTexts;
import de.akn.workflow.notification.Notices;
import de.akn.workflow.notification.NotificationService;
import de.akn.workflow.security.Groups;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily sweep over overdue user tasks ({@code task-reminder-sweep}): at most one reminder
 * a day to the assignee or the candidate users, and past {@code alliance.escalation.after} a
 * mail to the coordinator. Pages through the tasks; identity links, process instances and
 * users and group members are read per page or once per sweep, never per task.
 */
@Service
public class TaskReminderService {

    static final int PAGE_SIZE = 500;
    private static final Logger log = LoggerFactory.getLogger(TaskReminderService.class);

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final NotificationService notifications;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate pageTransaction;
    private final EscalationProperties escalation;
    private final MailTexts texts;
    private final Links links;
    private final Deputies deputies;
    private final MemberService members;
    private final TaskLabels labels;

    TaskReminderService(TaskService taskService, RuntimeService runtimeService, IdentityService identityService,
            NotificationService notifications, NamedParameterJdbcTemplate jdbc,
            PlatformTransactionManager transactionManager, EscalationProperties escalation, MailTexts texts,
            Links links, Deputies deputies, MemberService members, TaskLabels labels) {
        this.labels = labels;
        this.deputies = deputies;
        this.members = members;
        this.texts = texts;
        this.links = links;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.pageTransaction = new TransactionTemplate(transactionManager);
        this.pageTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.escalation = escalation;
    }

    /** Result of one sweep. */
    public record Result(int overdueTasks, int reminders, int escalations) {
    }

    public Result sweep() {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        LocalDate today = GermanFormat.day(now);
        Instant escalateBefore = now.minus(escalation.after());
        var groupMembers = new HashMap<String, List<User>>();
        var users = new HashMap<String, Optional<User>>();
        var roster = deputies.today();
        var mailboxes = new HashMap<String, Optional<Addressee>>();
        List<Addressee> coordinators = roster.addressees(
                identityService.createUserQuery().memberOfGroup(Groups.COORDINATOR).list());
        int tasks = 0;
        int reminders = 0;
        int escalations = 0;
        String lastId = null;
        while (true) {
            // keyset paging on the task id: stable even while tasks are completed meanwhile
            List<Task> page = pageAfter(lastId == null ? "" : lastId, now);
            if (page.isEmpty()) {
                break;
            }
            lastId = page.get(page.size() - 1).getId();
            tasks += page.size();
            int[] counts = pageTransaction.execute(status -> remind(page, today, escalateBefore, groupMembers,
                    users, coordinators, roster, mailboxes));
            reminders += counts[0];
            escalations += counts[1];
            if (page.size() < PAGE_SIZE) {
                break;
            }
        }
        log.info("Reminder sweep {}: {} overdue tasks, {} reminders, {} escalations", today, tasks, reminders,
                escalations);
        return new Result(tasks, reminders, escalations);
    }

    private List<Task> pageAfter(String lastId, Instant now) {
        // Camunda's task query has no "id greater than"; the ids of the next page come from
        // the task table, the tasks themselves from the engine
        List<String> ids = jdbc.queryForList("select ID_ from ACT_RU_TASK where ID_ > :last and DUE_DATE_ < :now "
                + "and SUSPENSION_STATE_ = 1 order by ID_ fetch first " + PAGE_SIZE + " rows only",
                Map.of("last", lastId, "now", Date.from(now)), String.class);
        if (ids.isEmpty()) {
            return List.of();
        }
        return taskService.createTaskQuery().taskIdIn(ids.toArray(String[]::new)).orderByTaskId().asc().list();
    }

    private int[] remind(List<Task> page, LocalDate today, Instant escalateBefore,
            Map<String, List<User>> groupMembers, Map<String, Optional<User>> users,
            List<Addressee> coordinators, Deputies.Roster roster, Map<String, Optional<Addressee>> mailboxes) {
        var ids = page.stream().map(Task::getId).toList();
        var candidates = candidates(ids);
        var businessKeys = businessKeys(page);
        var titles = labels.titles(page);
        var mails = new ArrayList<MailRequest>();
        int escalations = 0;
        for (Task task : page) {
            String reference = businessKeys.get(task.getProcessInstanceId());
            String due = GermanFormat.date(task.getDueDate().toInstant());
            Set<User> recipients = new LinkedHashSet<>();
            var townMailboxes = new ArrayList<Addressee>();
            if (task.getAssignee() != null) {
                users.computeIfAbsent(task.getAssignee(), this::user).ifPresent(recipients::add);
            } else {
                for (String candidate : candidates.getOrDefault(task.getId(), List.of())) {
                    if (candidate.startsWith("g:")) {
                        String group = candidate.substring(2);
                        recipients.addAll(groupMembers.computeIfAbsent(group,
                                g -> identityService.createUserQuery().memberOfGroup(g).list()));
                        mailboxes.computeIfAbsent(group, this::mailbox).ifPresent(townMailboxes::add);
                    } else {
                        users.computeIfAbsent(candidate.substring(2), this::user).ifPresent(recipients::add);
                    }
                }
            }
            String link = links.tasklist(task.getId());
            String name = TaskNames.forMail(task.getName(), reference, titles.get(task.getProcessInstanceId()));
            var values = Map.of("task", name, "due", due);
            var addressees = new ArrayList<>(roster.addressees(recipients));
            addressees.addAll(townMailboxes);
            mails.addAll(Notices.of(texts, addressees, "task-overdue", values, reference, link,
                    "sweep/" + task.getId() + "/" + today, task.getProcessInstanceId()));
            if (task.getDueDate().toInstant().isBefore(escalateBefore)) {
                escalations++;
                var escalationValues = Map.of("task", name, "due", due, "responsible",
                        labels.responsible(task, candidates.getOrDefault(task.getId(), List.of())));
                mails.addAll(Notices.of(texts, coordinators, "task-escalated", escalationValues, reference, link,
                        "sweep-escalation/" + task.getId() + "/" + today, task.getProcessInstanceId()));
            }
        }
        int queued = notifications.queueAll(mails);
        return new int[] {queued, escalations};
    }

    /** The functional mailbox of the member whose group a task belongs to ({@code member-<id>}). */
    private Optional<Addressee> mailbox(String groupId) {
        if (!groupId.startsWith(Member.MEMBER_GROUP_PREFIX)) {
            return Optional.empty();
        }
        return members.find(groupId.substring(Member.MEMBER_GROUP_PREFIX.length())).filter(Member::isActive)
                .filter(m -> m.getEmail() != null && !m.getEmail().isBlank())
                .map(m -> Addressee.mailbox(m.getId(), m.getEmail(), m.genitive()));
    }

    /** Candidate groups ({@code g:}) and users ({@code u:}) of a page of tasks, in one query. */
    private Map<String, List<String>> candidates(List<String> taskIds) {
        var result = new HashMap<String, List<String>>();
        jdbc.query("select TASK_ID_, GROUP_ID_, USER_ID_ from ACT_RU_IDENTITYLINK where TYPE_ = 'candidate' "
                + "and TASK_ID_ in (:ids)", Map.of("ids", taskIds), rs -> {
                    String group = rs.getString(2);
                    result.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(group != null ? "g:" + group : "u:" + rs.getString(3));
                });
        return result;
    }

    private Map<String, String> businessKeys(List<Task> page) {
        var ids = page.stream().map(Task::getProcessInstanceId).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        var result = new HashMap<String, String>();
        if (!ids.isEmpty()) {
            for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processInstanceIds(ids).list()) {
                result.put(instance.getId(), instance.getBusinessKey());
            }
        }
        return result;
    }

    private Optional<User> user(String userId) {
        return Optional.ofNullable(identityService.createUserQuery().userId(userId).singleResult());
    }
}
