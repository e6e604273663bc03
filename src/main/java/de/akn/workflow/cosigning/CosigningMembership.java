package de.akn.workflow.cosigning;

import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberLeft;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A town leaves the alliance: its open co-sign decisions are recorded as declined with the note of its exit, in
 * the transaction that ends its membership, so that the co-signing of the others goes on.
 */
@Component
class CosigningMembership {

    private static final Logger log = LoggerFactory.getLogger(CosigningMembership.class);

    private final TaskService taskService;

    CosigningMembership(TaskService taskService) {
        this.taskService = taskService;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void left(MemberLeft event) {
        int declined = memberLeft(event.memberId(), event.reason());
        log.info("Member {} left: {} open co-sign decisions recorded as declined", event.memberId(), declined);
    }

    /**
     * The member's open co-sign decisions (its council's included) are recorded as declined with {@code reason},
     * through the same task completion a town would do, so the measures go on. Runs without a user (a job of the
     * membership process).
     *
     * @return how many decisions were recorded
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int memberLeft(String memberId, String reason) {
        int count = 0;
        for (Task task : taskService.createTaskQuery().processDefinitionKey(CosigningProcess.PROCESS_KEY)
                .taskCandidateGroup(Member.MEMBER_GROUP_PREFIX + memberId).includeAssignedTasks().list()) {
            var answer = switch (task.getTaskDefinitionKey()) {
                case CosigningProcess.TASK_RECORD_COUNCIL_DECISION -> Map.of(CosigningProcess.COUNCIL_DECISION,
                        CosignDecision.DECLINE.name());
                case CosigningProcess.TASK_CONFIRM_SHARE -> Map.of(CosigningProcess.SHARE_CONFIRMATION,
                        ShareConfirmation.WITHDRAW.name());
                default -> Map.of(CosigningProcess.COSIGN_DECISION, CosignDecision.DECLINE.name());
            };
            var variables = new HashMap<String, Object>(answer);
            variables.put(CosigningProcess.COSIGN_COMMENT, reason);
            taskService.complete(task.getId(), variables);
            count++;
        }
        return count;
    }
}
