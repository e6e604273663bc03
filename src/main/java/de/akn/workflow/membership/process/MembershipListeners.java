package de.akn.workflow.membership.process;

import static de.akn.workflow.membership.MembershipProcess.*;

import de.akn.workflow.membership.MembershipService;
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
            var variables = memberships.checkRequest(execution.getVariables(), execution.getProcessInstanceId());
            execution.setVariables(variables);
            execution.setProcessBusinessKey(MembershipService.businessKey(variables));
        };
    }

    /** {@code Task_RecordAccessionDecision} completed: the council decision is checked. */
    @Bean
    TaskListener accessionDecisionListener(MembershipService memberships) {
        return task -> {
            var decision = memberships.decide(task.getVariables());
            task.setVariable(ACCESSION_DECISION, decision.approved() ? "APPROVE" : "REJECT");
            task.setVariable(COUNCIL_DECISION_DATE, decision.councilDecisionDate().toString());
            task.setVariable(ACCESSION_COMMENT, decision.comment());
        };
    }

    /** {@code ServiceTask_ApplyMembership}: the approved join or leave is carried out. */
    @Bean
    JavaDelegate applyMembershipDelegate(MembershipService memberships) {
        return execution -> memberships.apply(execution.getVariables(), execution.getProcessInstanceId());
    }
}
