package de.akn.workflow.member;

import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the modules do with a leaving member's open tasks of their processes (on {@link MemberLeft}): each is
 * completed, as the town would complete it, with the answer its module gives for the task's step — so the
 * processes of the others go on — in the transaction that ends the membership.
 */
@Component
public class LeavingMemberTasks {

    private final TaskService taskService;

    LeavingMemberTasks(TaskService taskService) {
        this.taskService = taskService;
    }

    /**
     * Completes the member's open tasks (its group's, assigned ones included) of {@code processKey}.
     *
     * @param answer the variables for a task's definition key; null leaves that task open
     * @return how many tasks were completed
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int complete(String processKey, String memberId, Function<String, Map<String, Object>> answer) {
        int count = 0;
        for (Task task : taskService.createTaskQuery().processDefinitionKey(processKey)
                .taskCandidateGroup(Member.MEMBER_GROUP_PREFIX + memberId).includeAssignedTasks().list()) {
            Map<String, Object> variables = answer.apply(task.getTaskDefinitionKey());
            if (variables != null) {
                taskService.complete(task.getId(), variables);
                count++;
            }
        }
        return count;
    }
}
