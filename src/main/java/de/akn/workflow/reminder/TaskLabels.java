package de.akn.workflow.reminder;

import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.security.Groups;
import de.akn.workflow.security.IdentityDirectory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** How reminder and escalation mails name a task's holder and its measure: by name, never by id. */
@Component
class TaskLabels {

    private final MemberService members;
    private final IdentityDirectory directory;
    private final RuntimeService runtimeService;

    TaskLabels(MemberService members, IdentityDirectory directory, RuntimeService runtimeService) {
        this.members = members;
        this.directory = directory;
        this.runtimeService = runtimeService;
    }

    /** Who holds the task, by name: the assignee, else the members' and users' names of its candidates. */
    String responsible(Task task, List<String> candidates) {
        if (task.getAssignee() != null) {
            return directory.displayName(task.getAssignee());
        }
        return String.join(", ", candidates.stream().map(c -> c.startsWith("g:")
                ? groupName(c.substring(2)) : directory.displayName(c.substring(2))).toList());
    }

    private String groupName(String groupId) {
        if (groupId.startsWith(Member.MEMBER_GROUP_PREFIX)) {
            return "Klimaschutzmanagement " + members.nameOf(groupId.substring(Member.MEMBER_GROUP_PREFIX.length()))
                    .replaceFirst("^(Stadt|Gemeinde) ", "");
        }
        if (groupId.startsWith(Member.PARTNER_GROUP_PREFIX)) {
            return members.nameOf(groupId.substring(Member.PARTNER_GROUP_PREFIX.length()));
        }
        return Groups.COORDINATOR.equals(groupId) ? "Koordination" : groupId;
    }

    /** The measures' titles by process instance (the display variable {@code title}). */
    Map<String, String> titles(List<Task> page) {
        var ids = page.stream().map(Task::getProcessInstanceId).filter(java.util.Objects::nonNull).distinct()
                .toArray(String[]::new);
        var result = new HashMap<String, String>();
        if (ids.length > 0) {
            for (var variable : runtimeService.createVariableInstanceQuery().processInstanceIdIn(ids)
                    .variableName("title").disableCustomObjectDeserialization().list()) {
                if (variable.getValue() instanceof String title) {
                    result.putIfAbsent(variable.getProcessInstanceId(), title);
                }
            }
        }
        return result;
    }
}
