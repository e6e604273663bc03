package de.akn.workflow.membership.process;

import static de.akn.workflow.membership.MembershipProcess.*;

import de.akn.workflow.common.Dates;
import de.akn.workflow.membership.AccessionDecision;
import de.akn.workflow.membership.MembershipAction;
import de.akn.workflow.membership.MembershipRequest;
import de.akn.workflow.membership.MembershipService;
import java.time.LocalTime;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The listeners and the delegate of {@code membership}: each reads, calls the service, writes back. */
@Configuration
class MembershipListeners {

    /** Start (API or Tasklist form): the request is checked, its variables are normalised. */
    @Bean
    ExecutionListener membershipStartListener(MembershipService memberships) {
        return execution -> {
            var request = MembershipRequest.read(execution.getVariables());
            var variables = memberships.checkRequest(request, execution.getProcessInstanceId());
            execution.setVariables(variables);
            execution.setProcessBusinessKey(MembershipService.businessKey(variables));
        };
    }

    /** {@code Task_RecordAccessionDecision} completed: the council decision is checked. */
    @Bean
    TaskListener accessionDecisionListener(MembershipService memberships) {
        return task -> {
            var decision = AccessionDecision.read(task.getVariables(), Dates.today());
            memberships.decide(MembershipAction.valueOf((String) task.getVariable(ACTION)),
                    (String) task.getVariable(MEMBER_ID), decision);
            task.setVariable(ACCESSION_DECISION, decision.approved() ? "APPROVE" : "REJECT");
            // a date, no longer the form's text: the task is done, only the job that applies the request reads it
            task.setVariable(COUNCIL_DECISION_DATE, Dates.at(decision.councilDecisionDate(), LocalTime.MIDNIGHT));
            task.setVariable(ACCESSION_COMMENT, decision.comment());
        };
    }

    /** {@code ServiceTask_ApplyMembership}: the approved join or leave is carried out. */
    @Bean
    JavaDelegate applyMembershipDelegate(MembershipService memberships) {
        return execution -> memberships.apply(MembershipRequest.read(execution.getVariables()),
                Dates.parse(execution.getVariable(COUNCIL_DECISION_DATE)).orElse(null),
                execution.getProcessInstanceId());
    }
}
