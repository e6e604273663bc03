package de.akn.workflow.review;

import de.akn.workflow.measure.EventDetail;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureEventType;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.member.MemberService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The steps of {@code measure-review}: expert opinion, formal review, revision. */
@Service
public class ReviewService {

    private final MeasureService measures;
    private final MemberService members;
    private final ReviewMails mails;

    ReviewService(MeasureService measures, MemberService members, ReviewMails mails) {
        this.measures = measures;
        this.members = members;
        this.mails = mails;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void expertReviewRequested(Long measureId, String taskId) {
        Measure measure = measures.get(measureId);
        measures.record(measure, "system", MeasureEventType.EXPERT_REVIEW_REQUESTED,
                EventDetail.of("event.expert-review.requested", "partner", members.partnerNames()));
        mails.expertReviewRequested(measure, taskId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordExpertOpinion(Long measureId, ExpertOpinion opinion, String actor) {
        measures.record(measures.get(measureId), actor, MeasureEventType.EXPERT_OPINION_GIVEN,
                EventDetail.of("event.expert-opinion", ExpertOpinion.RECORDED_TEXT, opinion.text())
                        .label(ExpertOpinion.RECORDED_RECOMMENDATION, opinion.recommendation()));
    }

    /** Records the coordinator's decision: the measure's status, an event and a mail to the proposer. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordFormalReview(Long measureId, FormalReview review, String actor, String taskId) {
        String comment = review.comment();
        Measure measure = switch (review.decision()) {
            case APPROVE -> measures.changeStatus(measureId, MeasureStatus.COSIGNING, actor,
                    MeasureEventType.APPROVED, comment == null ? EventDetail.of("event.approved")
                            : EventDetail.of("event.approved.comment", "comment", comment));
            case REVISE -> measures.changeStatus(measureId, MeasureStatus.REVISION, actor,
                    MeasureEventType.REVISION_REQUESTED, EventDetail.text(comment));
            case REJECT -> measures.changeStatus(measureId, MeasureStatus.REJECTED, actor,
                    MeasureEventType.REJECTED, EventDetail.text(comment));
        };
        mails.reviewDecided(measure, review, taskId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void revisedProposalArrived(Long measureId, String taskId) {
        mails.revisedForReview(measures.get(measureId), taskId);
    }
}
