package de.akn.workflow.council.process;

import static de.akn.workflow.cosigning.CosigningProcess.COSIGN_DUE;
import static de.akn.workflow.cosigning.CosigningProcess.COUNCIL_AGENDA_RESULT;
import static de.akn.workflow.cosigning.CosigningProcess.MEMBER;

import de.akn.workflow.cosigning.CosigningService;
import de.akn.workflow.council.CouncilMeetings;
import de.akn.workflow.measure.JointMeasureProcess;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After the council's meeting, and then at each reminder: what the council information system
 * says was decided on the town's paper goes into the council task's form
 * ({@code councilAgendaResult}); then the town is reminded to record the decision.
 */
@Component("councilReminderDelegate")
class CouncilReminderDelegate implements JavaDelegate {

    private final CosigningService cosigning;
    private final CouncilMeetings meetings;

    CouncilReminderDelegate(CosigningService cosigning, CouncilMeetings meetings) {
        this.cosigning = cosigning;
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long measureId = JointMeasureProcess.measureId(execution);
        String member = (String) execution.getVariable(MEMBER);
        cosigning.paperReference(measureId, member).flatMap(paper -> meetings.result(member, paper))
                .ifPresent(result -> execution.setVariable(COUNCIL_AGENDA_RESULT, result));
        cosigning.remind(measureId, member, (Date) execution.getVariable(COSIGN_DUE));
    }
}
