package de.akn.workflow.implementation.process;

import static de.akn.workflow.implementation.ImplementationProcess.LOCAL_VARIABLES;
import static de.akn.workflow.implementation.ImplementationProcess.MEMBER;
import static de.akn.workflow.implementation.ImplementationProcess.MEMBER_NAME;
import static de.akn.workflow.implementation.ImplementationProcess.REPORT_DUE;
import static de.akn.workflow.implementation.ImplementationProcess.REPORT_NUMBER;

import de.akn.workflow.member.MemberService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of one member's reporting (an instance of the multi-instance sub-process): its report number, due
 * date and form variables are local, so that several towns reporting their own parts never share them.
 */
@Component("reportingScopeListener")
class ReportingScopeListener implements ExecutionListener {

    private final MemberService members;

    ReportingScopeListener(MemberService members) {
        this.members = members;
    }

    @Override
    public void notify(DelegateExecution execution) {
        for (String name : LOCAL_VARIABLES) {
            execution.setVariableLocal(name, null);
        }
        String member = (String) execution.getVariable(MEMBER);
        execution.setVariableLocal(MEMBER_NAME, members.nameOf(member));
        // the first report of every town is due at the same time (one interval after adoption)
        execution.setVariableLocal(REPORT_DUE, execution.getVariable(REPORT_DUE));
        execution.setVariableLocal(REPORT_NUMBER, execution.getVariable(REPORT_NUMBER));
    }
}
