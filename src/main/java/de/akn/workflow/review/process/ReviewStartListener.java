package de.akn.workflow.review.process;

import static de.akn.workflow.review.ReviewProcess.EXPERT_OPINION;
import static de.akn.workflow.review.ReviewProcess.EXPERT_RECOMMENDATION;
import static de.akn.workflow.review.ReviewProcess.PARTNER_NAME;

import de.akn.workflow.member.MemberService;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of {@code measure-review}: the expert's fields exist (empty) from the start, so that the
 * coordinator's review form can hide them when no opinion was asked for; the forms name the
 * strategic partner as the member data does ({@code partnerName}).
 */
@Component("reviewStartListener")
class ReviewStartListener implements ExecutionListener {

    private final MemberService members;

    ReviewStartListener(MemberService members) {
        this.members = members;
    }

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariable(PARTNER_NAME, members.partnerNames());
        for (String name : new String[] {EXPERT_OPINION, EXPERT_RECOMMENDATION}) {
            if (!execution.hasVariable(name)) {
                execution.setVariable(name, null);
            }
        }
    }
}
