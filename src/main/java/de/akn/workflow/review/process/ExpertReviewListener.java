package de.akn.workflow.review.process;

import de.akn.workflow.common.TaskActor;
import de.akn.workflow.measure.JointMeasureProcess;
import de.akn.workflow.review.ExpertOpinion;
import de.akn.workflow.review.ReviewService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ExpertReview}: created → the partner is asked; completed → the opinion is recorded. */
@Component("expertReviewListener")
class ExpertReviewListener implements TaskListener {

    private final ReviewService reviews;

    ExpertReviewListener(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateTask task) {
        Long measureId = JointMeasureProcess.measureId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            reviews.expertReviewRequested(measureId, task.getId());
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            reviews.recordExpertOpinion(measureId, ExpertOpinion.of(task.getVariables()), TaskActor.of(task));
        }
    }
}
