package de.akn.workflow.cosigning.process;

import static de.akn.workflow.cosigning.CosigningProcess.COUNCIL_BODY;
import static de.akn.workflow.cosigning.CosigningProcess.LEAD_DECISION;
import static de.akn.workflow.cosigning.CosigningProcess.MEMBER;
import static de.akn.workflow.cosigning.CosigningProcess.MEMBER_NAME;

import de.akn.workflow.cosigning.CosigningProcess;
import de.akn.workflow.measure.JointMeasureProcess;
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

    private final MemberService members;

    CosignScopeListener(MemberService members) {
        this.members = members;
    }

    @Override
    public void notify(DelegateExecution execution) {
        for (String name : CosigningProcess.LOCAL_VARIABLES) {
            execution.setVariableLocal(name, null);
        }
        String member = (String) execution.getVariable(MEMBER);
        var found = members.find(member);
        execution.setVariableLocal(MEMBER_NAME, found.map(Member::getName).orElse(member));
        execution.setVariableLocal(COUNCIL_BODY, found.map(Member::getCouncilBody).orElse(null));
        execution.setVariableLocal(LEAD_DECISION, member.equals(execution.getVariable(JointMeasureProcess.LEAD_MEMBER)));
        execution.setVariableLocal(CosigningProcess.SIGN_OFF_NEEDED, false);
    }
}
