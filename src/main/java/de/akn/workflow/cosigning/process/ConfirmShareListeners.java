package de.akn.workflow.cosigning.process;

import static de.akn.workflow.cosigning.CosigningProcess.CONFIRMATION_CONTEXT;
import static de.akn.workflow.cosigning.CosigningProcess.CONFIRMATION_VARIABLES;
import static de.akn.workflow.cosigning.CosigningProcess.CONTEXT_FUNDING;
import static de.akn.workflow.cosigning.CosigningProcess.COSIGN_COMMENT;
import static de.akn.workflow.cosigning.CosigningProcess.COSIGN_DUE;
import static de.akn.workflow.cosigning.CosigningProcess.COST_CEILING_TEXT;
import static de.akn.workflow.cosigning.CosigningProcess.NEW_COST_SHARE_TEXT;
import static de.akn.workflow.cosigning.CosigningProcess.NEW_STAFF_DAYS_TEXT;
import static de.akn.workflow.cosigning.CosigningProcess.COST_CEILING_EUR;
import static de.akn.workflow.cosigning.CosigningProcess.MEMBER;
import static de.akn.workflow.cosigning.CosigningProcess.MEMBER_NAME;
import static de.akn.workflow.cosigning.CosigningProcess.NEW_COST_SHARE_EUR;
import static de.akn.workflow.cosigning.CosigningProcess.NEW_SHARES_BY_YEAR_TEXT;
import static de.akn.workflow.cosigning.CosigningProcess.NEW_STAFF_DAYS_SHARE;
import static de.akn.workflow.cosigning.CosigningProcess.SHARE_CONFIRMATION;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.TaskActor;
import de.akn.workflow.common.TextLimits;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.cosigning.ShareConfirmations;
import de.akn.workflow.cosigning.ShareConfirmation;
import de.akn.workflow.measure.JointMeasureProcess;
import de.akn.workflow.measure.MoneyTexts;
import de.akn.workflow.member.MemberService;
import java.util.LinkedHashMap;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code SubProcess_ConfirmShare} and its {@code Task_ConfirmShare}: a signer confirms a share above its ceiling. */
@Configuration
class ConfirmShareListeners {

    /** Each signer's confirmation keeps its form variables locally (several signers may answer at once). */
    @Bean
    ExecutionListener confirmShareScopeListener(MemberService members) {
        return execution -> {
            for (String name : CONFIRMATION_VARIABLES) {
                execution.setVariableLocal(name, null);
            }
            execution.setVariableLocal(MEMBER_NAME, members.nameOf((String) execution.getVariable(MEMBER)));
        };
    }

    /** Created → mail with the ceiling and the new share; completed → ACCEPT or WITHDRAW recorded. */
    @Bean
    TaskListener confirmShareListener(ShareConfirmations confirmations) {
        return task -> {
            String member = (String) task.getVariable(MEMBER);
            Long measureId = JointMeasureProcess.measureId(task);
            if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
                var participation = confirmations.shareConfirmationRequested(measureId, member, task.getId(),
                        task.getDueDate(), CONTEXT_FUNDING.equals(task.getVariable(CONFIRMATION_CONTEXT)));
                task.setVariable(COST_CEILING_EUR, participation.getCostCeilingEur().doubleValue());
                task.setVariable(NEW_COST_SHARE_EUR, participation.getCostShareEur().doubleValue());
                task.setVariable(NEW_STAFF_DAYS_SHARE, participation.getStaffDaysShare() == null ? null
                        : participation.getStaffDaysShare().doubleValue());
                task.setVariable(COST_CEILING_TEXT, GermanFormat.money(participation.getCostCeilingEur()));
                task.setVariable(NEW_COST_SHARE_TEXT, GermanFormat.money(participation.getCostShareEur()));
                task.setVariable(NEW_STAFF_DAYS_TEXT, GermanFormat.number(participation.getStaffDaysShare()));
                task.setVariable(NEW_SHARES_BY_YEAR_TEXT, MoneyTexts.years(participation.getCostSharesByYear()));
                task.setVariable(COSIGN_DUE, task.getDueDate());
            } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                var errors = new LinkedHashMap<String, String>();
                ShareConfirmation answer = Inputs.enumValue(ShareConfirmation.class,
                        task.getVariable(SHARE_CONFIRMATION));
                if (answer == null) {
                    errors.put(SHARE_CONFIRMATION, Texts.text("share.confirmation.missing"));
                }
                String comment = Inputs.text(task.getVariable(COSIGN_COMMENT));
                if (comment != null && comment.length() > TextLimits.TEXT) {
                    errors.put(COSIGN_COMMENT, TextLimits.tooLong(Texts.text("share.comment.what")));
                }
                ValidationProblem.throwIfAny(errors);
                confirmations.confirmShare(measureId, member, answer, comment, TaskActor.of(task));
            }
        };
    }
}
