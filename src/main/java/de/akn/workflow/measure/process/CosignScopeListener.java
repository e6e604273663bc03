package de.akn.workflow.measure.process;

import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of one town's co-signing (an instance of the multi-instance sub-process): its form
 * variables are created here, locally, so that seven towns deciding at once never write the
 * same variable of the process instance.
 */
@Component("cosignScopeListener")
class CosignScopeListener implements ExecutionListener {

    static final String[] LOCAL_VARIABLES = {"cosignDecision", "cosignComment", "councilMeetingDate",
        "councilDecision", "prospectiveCostShareEur", "prospectiveStaffDaysShare", "cosignDue"};

    private final MemberService members;

    CosignScopeListener(MemberService members) {
        this.members = members;
    }

    @Override
    public void notify(DelegateExecution execution) {
        for (String name : LOCAL_VARIABLES) {
            execution.setVariableLocal(name, null);
        }
        String member = (String) execution.getVariable("member");
        execution.setVariableLocal("memberName", members.find(member).map(Member::getName).orElse(member));
    }
}
