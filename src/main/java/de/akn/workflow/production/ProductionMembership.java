package de.akn.workflow.production;

import static de.akn.workflow.production.ProductionProcess.*;

import de.akn.workflow.member.Member;
import java.util.HashMap;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import de.akn.workflow.member.MemberLeft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A town leaves the alliance while brochures or events are produced: its open contribution ends with the note
 * of its withdrawal, and its sign-off is no longer waited for (recorded as approval with that note), so that
 * the other towns' work goes on. A draft the leaving town leads stays with the coordinator to resolve.
 */
@Component
public class ProductionMembership {

    private static final Logger log = LoggerFactory.getLogger(ProductionMembership.class);

    private final TaskService taskService;

    ProductionMembership(TaskService taskService) {
        this.taskService = taskService;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void left(MemberLeft event) {
        int ended = memberLeft(event.memberId(), event.reason());
        log.info("Member {} left: {} production tasks ended", event.memberId(), ended);
    }

    /** @return how many of its production tasks were ended */
    @Transactional(propagation = Propagation.MANDATORY)
    public int memberLeft(String memberId, String reason) {
        int count = 0;
        for (Task task : taskService.createTaskQuery().processDefinitionKey(PROCESS_KEY)
                .taskCandidateGroup(Member.MEMBER_GROUP_PREFIX + memberId).includeAssignedTasks().list()) {
            var variables = new HashMap<String, Object>();
            if (TASK_CONTRIBUTION.equals(task.getTaskDefinitionKey())) {
                variables.put(CONTRIBUTION_TEXT, reason);
            } else if (TASK_APPROVE_DRAFT.equals(task.getTaskDefinitionKey())) {
                variables.put(DRAFT_APPROVAL, "APPROVE");
                variables.put(DRAFT_COMMENT, reason);
            } else {
                continue;
            }
            taskService.complete(task.getId(), variables);
            count++;
        }
        return count;
    }
}
