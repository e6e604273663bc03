package de.akn.workflow.absence;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.TaskNames;
import de.akn.workflow.common.Links;
import de.akn.workflow.notification.Addressee;
import de.akn.workflow.notification.Notices;
import de.akn.workflow.notification.MailTexts;
import de.akn.workflow.notification.NotificationService;
import de.akn.workflow.security.IdentityDirectory;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Hands tasks of an absent user to its deputy: the task's assignee changes, a comment on the task
 * says for whom, and the deputy gets a mail with the link.
 */
@Component
class TaskHandover {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final IdentityDirectory directory;
    private final NotificationService notifications;
    private final MailTexts texts;
    private final Links links;

    TaskHandover(TaskService taskService, RuntimeService runtimeService, IdentityDirectory directory,
            NotificationService notifications, MailTexts texts, Links links) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.directory = directory;
        this.notifications = notifications;
        this.texts = texts;
        this.links = links;
    }

    /** Every open task assigned to the absent user goes to its deputy; returns how many. */
    int handOver(Absence absence) {
        return directory.withoutAuthorization(() -> {
            int count = 0;
            for (Task task : taskService.createTaskQuery().taskAssignee(absence.getUserId()).list()) {
                taskService.setAssignee(task.getId(), absence.getDeputy());
                handedOver(task.getId(), task.getProcessInstanceId(), task.getName(), task.getTaskDefinitionKey(),
                        absence);
                count++;
            }
            return count;
        });
    }

    /** After the assignee changed to the deputy: the comment on the task and the deputy's mail. */
    void handedOver(String taskId, String processInstanceId, String taskName, String taskKey, Absence absence) {
        String absent = directory.displayName(absence.getUserId());
        String reference = processInstanceId == null ? null : directory.withoutAuthorization(() -> {
            var instance = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
                    .singleResult();
            return instance == null ? null : instance.getBusinessKey();
        });
        Object title = processInstanceId == null ? null : directory.withoutAuthorization(() ->
                runtimeService.getVariable(processInstanceId, "title"));
        var values = Map.<String, Object>of("task", TaskNames.forMail(Objects.requireNonNullElse(taskName, taskKey),
                reference, title instanceof String t ? t : null), "absent", absent,
                "until", GermanFormat.date(absence.getEndsOn()));
        directory.withoutAuthorization(() -> taskService.createComment(taskId, processInstanceId,
                texts.text("task-handed-over.comment", values)));
        var deputy = directory.user(absence.getDeputy()).map(u -> Addressee.person(u.getId(), u.getEmail(),
                IdentityDirectory.displayName(u))).stream().toList();
        notifications.queueAll(Notices.of(texts, deputy, "task-handed-over", values, reference,
                links.tasklist(taskId), "handover/" + taskId + "/" + absence.getId(), processInstanceId));
    }
}
