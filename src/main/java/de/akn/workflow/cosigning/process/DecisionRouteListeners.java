package de.akn.workflow.cosigning.process;

import static de.akn.workflow.cosigning.CosigningProcess.COST_CEILING_TEXT;
import static de.akn.workflow.cosigning.CosigningProcess.COUNCIL_DRAFT_URL;
import static de.akn.workflow.cosigning.CosigningProcess.COUNCIL_MEETING_DATE;
import static de.akn.workflow.cosigning.CosigningProcess.DECISION_TEXT;
import static de.akn.workflow.cosigning.CosigningProcess.MEMBER;
import static de.akn.workflow.cosigning.CosigningProcess.PROSPECTIVE_COST_SHARE_TEXT;
import static de.akn.workflow.cosigning.CosigningProcess.PROSPECTIVE_SHARES_BY_YEAR_TEXT;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.TaskActor;
import de.akn.workflow.cosigning.SignOffCommand;
import de.akn.workflow.cosigning.SignOffs;
import de.akn.workflow.cosigning.UrgentConfirmationCommand;
import de.akn.workflow.cosigning.UrgentDecisions;
import de.akn.workflow.measure.JointMeasureProcess;
import de.akn.workflow.measure.MeasureVariables;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The listeners of the decision route in a town hall: the internal sign-off and the urgent decision. */
@Configuration
class DecisionRouteListeners {

    /** {@code Task_InternalSignOff}: created → mail and the form's figures; completed → signed or not. */
    @Bean
    TaskListener signOffListener(SignOffs signOffs) {
        return task -> {
            Long measureId = JointMeasureProcess.measureId(task);
            String member = (String) task.getVariable(MEMBER);
            if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
                var form = signOffs.requested(measureId, member, task.getId());
                task.setVariable(DECISION_TEXT, form.decisionText());
                task.setVariable(PROSPECTIVE_COST_SHARE_TEXT, form.shareText());
                task.setVariable(PROSPECTIVE_SHARES_BY_YEAR_TEXT, form.sharesByYearText());
                task.setVariable(COST_CEILING_TEXT, form.ceilingText());
                task.setVariable(COUNCIL_DRAFT_URL, form.councilDraftUrl());
            } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                signOffs.decide(measureId, member, SignOffCommand.read(MeasureVariables.plain(task.getVariables())),
                        TaskActor.of(task));
            }
        };
    }

    /** {@code Task_ConfirmUrgentDecision}: created → mail; completed → confirmed, or the co-signing withdrawn. */
    @Bean
    TaskListener urgentDecisionListener(UrgentDecisions urgentDecisions) {
        return task -> {
            Long measureId = JointMeasureProcess.measureId(task);
            String member = (String) task.getVariable(MEMBER);
            if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
                urgentDecisions.requested(measureId, member, task.getId(),
                        Dates.parse(task.getVariable(COUNCIL_MEETING_DATE)).orElse(null));
            } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                urgentDecisions.confirm(measureId, member,
                        UrgentConfirmationCommand.read(MeasureVariables.plain(task.getVariables())),
                        TaskActor.of(task));
            }
        };
    }
}
