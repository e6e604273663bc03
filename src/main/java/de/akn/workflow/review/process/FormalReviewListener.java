package de.akn.workflow.review.process;

import static de.akn.workflow.review.ReviewProcess.REVIEW_DECISION;
import static de.akn.workflow.review.ReviewProcess.REVISION_ROUND;

import de.akn.workflow.common.TaskActor;
import de.akn.workflow.measure.JointMeasureProcess;
import de.akn.workflow.review.FormalReview;
import de.akn.workflow.review.ReviewService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_FormalReview}: created after a revision → the coordinator is told; completed →
 * the decision is validated and recorded (status, event, mail to the proposer).
 */
@Component("formalReviewListener")
class FormalReviewListener implements TaskListener {

    private final ReviewService reviews;

    FormalReviewListener(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateTask task) {
        Long measureId = JointMeasureProcess.measureId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            if (task.getVariable(REVISION_ROUND) instanceof Number round && round.intValue() > 0) {
                reviews.revisedProposalArrived(measureId, task.getId());
            }
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            var review = FormalReview.of(task.getVariables());
            reviews.recordFormalReview(measureId, review, TaskActor.of(task), task.getId());
            task.getExecution().setVariable(REVIEW_DECISION, review.decision().name());
        }
    }
}
