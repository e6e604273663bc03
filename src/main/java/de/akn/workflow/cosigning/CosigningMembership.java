package de.akn.workflow.cosigning;

import de.akn.workflow.member.LeavingMemberTasks;
import de.akn.workflow.member.MemberLeft;
import java.util.Map;
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

    private final LeavingMemberTasks tasks;

    CosigningMembership(LeavingMemberTasks tasks) {
        this.tasks = tasks;
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
        String declined = CosignDecision.DECLINE.name();
        return tasks.complete(CosigningProcess.PROCESS_KEY, memberId, taskKey -> switch (taskKey) {
            case CosigningProcess.TASK_RECORD_COUNCIL_DECISION -> Map.of(CosigningProcess.COUNCIL_DECISION, declined,
                    CosigningProcess.COSIGN_COMMENT, reason);
            case CosigningProcess.TASK_CONFIRM_SHARE -> Map.of(CosigningProcess.SHARE_CONFIRMATION,
                    ShareConfirmation.WITHDRAW.name(), CosigningProcess.COSIGN_COMMENT, reason);
            default -> Map.of(CosigningProcess.COSIGN_DECISION, declined, CosigningProcess.COSIGN_COMMENT, reason);
        });
    }
}
