package de.akn.workflow.cosigning.process;

import static de.akn.workflow.cosigning.CosigningProcess.*;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.TaskActor;
import de.akn.workflow.cosigning.CosignCommand;
import de.akn.workflow.cosigning.CosignDecisions;
import de.akn.workflow.cosigning.CosigningProcess;
import de.akn.workflow.cosigning.CosigningService;
import de.akn.workflow.measure.JointMeasureProcess;
import de.akn.workflow.measure.MoneyTexts;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CosignDecision}: created → the town is asked (mail with the deadline) and sees its
 * prospective share; completed → its decision is validated and recorded on its participation.
 */
@Component("cosignDecisionListener")
class CosignDecisionListener implements TaskListener {

    private final CosigningService cosigning;
    private final CosignDecisions decisions;

    CosignDecisionListener(CosigningService cosigning, CosignDecisions decisions) {
        this.cosigning = cosigning;
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        String member = (String) task.getVariable(MEMBER);
        Long measureId = JointMeasureProcess.measureId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            var share = cosigning.cosignRequested(measureId, member, task.getId(), task.getDueDate());
            if (share != null) {
                task.setVariable(PROSPECTIVE_COST_SHARE_EUR, share.costEur().doubleValue());
                task.setVariable(PROSPECTIVE_STAFF_DAYS_SHARE, share.staffDays().doubleValue());
                task.setVariable(PROSPECTIVE_COST_SHARE_TEXT, GermanFormat.money(share.costEur()));
                task.setVariable(PROSPECTIVE_STAFF_DAYS_TEXT, GermanFormat.number(share.staffDays()));
                task.setVariable(PROSPECTIVE_SHARES_BY_YEAR_TEXT, MoneyTexts.years(share.byYear()));
            }
            task.setVariable(COSIGN_DUE, task.getDueDate());
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            var command = CosignCommand.ofDecision(member, task.getVariables());
            boolean signOff = decisions.recordDecision(measureId, command, TaskActor.of(task));
            task.setVariable(COSIGN_DECISION, command.decision().name());
            task.setVariable(CosigningProcess.SIGN_OFF_NEEDED, signOff);
            if (command.councilMeetingDate() != null) {
                // the timers of the council's task read this variable, also when the meeting was chosen from a list
                task.setVariable(COUNCIL_MEETING_DATE, GermanFormat.date(command.councilMeetingDate()));
            }
        }
    }
}
