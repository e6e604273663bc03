package de.akn.workflow.cosigning.process;

import static de.akn.workflow.cosigning.CosigningProcess.COSIGN_DUE;
import static de.akn.workflow.cosigning.CosigningProcess.COUNCIL_AGENDA_RESULT;
import static de.akn.workflow.cosigning.CosigningProcess.COUNCIL_DECISION;
import static de.akn.workflow.cosigning.CosigningProcess.COUNCIL_MEETING_CHOICE;
import static de.akn.workflow.cosigning.CosigningProcess.COUNCIL_MEETING_DATE;
import static de.akn.workflow.cosigning.CosigningProcess.MEMBER;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.TaskActor;
import de.akn.workflow.cosigning.CosignCommand;
import de.akn.workflow.cosigning.CosignDecisions;
import de.akn.workflow.cosigning.CosigningProcess;
import de.akn.workflow.cosigning.CouncilRoute;
import de.akn.workflow.measure.JointMeasureProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_RecordCouncilDecision}: created → mail with the meeting; completed → the council's decision. */
@Component("councilDecisionListener")
class CouncilDecisionListener implements TaskListener {

    private final CouncilRoute councilRoute;
    private final CosignDecisions decisions;

    CouncilDecisionListener(CouncilRoute councilRoute, CosignDecisions decisions) {
        this.councilRoute = councilRoute;
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        String member = (String) task.getVariable(MEMBER);
        Long measureId = JointMeasureProcess.measureId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            String body = councilRoute.councilDecisionRequested(measureId, member, task.getId());
            task.setVariable(COSIGN_DUE, task.getDueDate());
            task.setVariable(CosigningProcess.COUNCIL_BODY, body);
            task.setVariable(CosigningProcess.NEXT_BODY_ID, null);
            // after an adjournment the task comes again: the last decision is not the next one's
            task.setVariable(COUNCIL_DECISION, null);
            task.setVariable(COUNCIL_MEETING_CHOICE, null);
            task.setVariable(COUNCIL_AGENDA_RESULT, null);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            var command = CosignCommand.ofCouncilDecision(member, task.getVariables());
            boolean signOff = decisions.recordDecision(measureId, command, TaskActor.of(task));
            task.setVariable(COUNCIL_DECISION, command.decision().name());
            task.setVariable(CosigningProcess.SIGN_OFF_NEEDED, signOff);
            if (command.councilMeetingDate() != null) {
                // the timers of the council's task read this variable, also when the meeting was chosen from a list
                task.setVariable(COUNCIL_MEETING_DATE, GermanFormat.date(command.councilMeetingDate()));
            }
        }
    }
}
