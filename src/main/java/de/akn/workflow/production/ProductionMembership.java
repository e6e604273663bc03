package de.akn.workflow.production;

import static de.akn.workflow.production.ProductionProcess.*;

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
 * A town leaves the alliance while brochures or events are produced: its open contribution ends with the note
 * of its withdrawal, and its sign-off is no longer waited for (recorded as approval with that note), so that
 * the other towns' work goes on. A draft the leaving town leads stays with the coordinator to resolve.
 */
@Component
public class ProductionMembership {

    private static final Logger log = LoggerFactory.getLogger(ProductionMembership.class);

    private final LeavingMemberTasks tasks;

    ProductionMembership(LeavingMemberTasks tasks) {
        this.tasks = tasks;
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
        return tasks.complete(PROCESS_KEY, memberId, taskKey -> switch (taskKey) {
            case TASK_CONTRIBUTION -> Map.of(CONTRIBUTION_TEXT, reason);
            case TASK_APPROVE_DRAFT -> Map.of(DRAFT_APPROVAL, DraftDecision.Approval.APPROVE.name(), DRAFT_COMMENT,
                    reason);
            default -> null;
        });
    }
}
