package de.akn.workflow.measure.process;

import static de.akn.workflow.measure.JointMeasureProcess.REVIEW_COMMENT;
import static de.akn.workflow.measure.JointMeasureProcess.REVIEW_DECISION;

import de.akn.workflow.measure.ReviewService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_FormalReview}: created after a revision → the coordinator is told; completed →
 * the decision is validated and recorded (status, event, mail to the proposer).
 */
@Component("formalReviewListener")
class FormalReviewListener implements TaskListener {

    static final String REVISION_ROUND = "revisionRound";

    private final ReviewService reviews;

    FormalReviewListener(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            if (task.getVariable(REVISION_ROUND) instanceof Number round && round.intValue() > 0) {
                reviews.revisedProposalArrived(TaskActor.measureId(task), task.getId());
            }
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            var decision = reviews.recordFormalReview(TaskActor.measureId(task), task.getVariable(REVIEW_DECISION),
                    task.getVariable(REVIEW_COMMENT), TaskActor.of(task), task.getId());
            task.getExecution().setVariable(REVIEW_DECISION, decision.name());
        }
    }
}
