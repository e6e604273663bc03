package de.akn.workflow.measure.process;

import static de.akn.workflow.measure.JointMeasureProcess.EXPERT_OPINION;
import static de.akn.workflow.measure.JointMeasureProcess.EXPERT_RECOMMENDATION;

import de.akn.workflow.measure.ReviewService;
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
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            reviews.expertReviewRequested(TaskActor.measureId(task), task.getId());
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            reviews.recordExpertOpinion(TaskActor.measureId(task), task.getVariable(EXPERT_OPINION),
                    task.getVariable(EXPERT_RECOMMENDATION), TaskActor.of(task));
        }
    }
}
