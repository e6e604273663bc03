package de.akn.workflow.review;

import de.akn.workflow.common.Links;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureMail;
import de.akn.workflow.measure.MeasureMails;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.notification.Recipients;
import org.springframework.stereotype.Component;

/** Who gets which mail during the review (wording: {@code templates/mail/messages_de.properties}). */
@Component
class ReviewMails {

    private final MeasureMails mails;
    private final Recipients recipients;
    private final MemberService members;
    private final Links links;

    ReviewMails(MeasureMails mails, Recipients recipients, MemberService members, Links links) {
        this.mails = mails;
        this.recipients = recipients;
        this.members = members;
        this.links = links;
    }

    void expertReviewRequested(Measure measure, String taskId) {
        var partners = recipients.members(members.partners().stream().map(de.akn.workflow.member.Member::getId)
                .toList());
        mails.send(measure, partners, "task/" + taskId + "/expert-requested", MeasureMail
                .of("expert-review-requested").with("partner", members.partnerNames()).link(links.tasklist(taskId)));
    }

    void revisedForReview(Measure measure, String taskId) {
        mails.send(measure, recipients.coordinators(), "task/" + taskId + "/revised",
                MeasureMail.of("proposal-revised").link(links.tasklist(taskId)));
    }

    void reviewDecided(Measure measure, FormalReview review, String taskId) {
        var mail = switch (review.decision()) {
            case APPROVE -> MeasureMail.of("review-approved");
            case REVISE -> MeasureMail.of("review-revise").link(links.tasklist(null));
            case REJECT -> MeasureMail.of("review-rejected");
        };
        mails.send(measure, recipients.person(measure.getProposer()), "task/" + taskId + "/decision",
                mail.comment(review.comment()));
    }
}
