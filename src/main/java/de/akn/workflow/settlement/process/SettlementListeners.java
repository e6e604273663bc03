package de.akn.workflow.settlement.process;

import static de.akn.workflow.settlement.SettlementProcess.ACTUAL_COST_TEXT;
import static de.akn.workflow.settlement.SettlementProcess.AMOUNT_TEXT;
import static de.akn.workflow.settlement.SettlementProcess.BANK_ACCOUNT_TEXT;
import static de.akn.workflow.settlement.SettlementProcess.CASH_REFERENCE;
import static de.akn.workflow.settlement.SettlementProcess.CEILING_TEXT;
import static de.akn.workflow.settlement.SettlementProcess.CLAIM_URL;
import static de.akn.workflow.settlement.SettlementProcess.FUNDING_RECEIVED_TEXT;
import static de.akn.workflow.settlement.SettlementProcess.MEMBER;
import static de.akn.workflow.settlement.SettlementProcess.MEMBER_NAME;
import static de.akn.workflow.settlement.SettlementProcess.NET_ACTUAL_COST_TEXT;
import static de.akn.workflow.settlement.SettlementProcess.OVERRUN_VARIABLES;
import static de.akn.workflow.settlement.SettlementProcess.OWED_TEXT;
import static de.akn.workflow.settlement.SettlementProcess.PAYEE_NAME;
import static de.akn.workflow.settlement.SettlementProcess.PAYER;
import static de.akn.workflow.settlement.SettlementProcess.PAYMENT_VARIABLES;
import static de.akn.workflow.settlement.SettlementProcess.SETTLEMENT_DUE;
import static de.akn.workflow.settlement.SettlementProcess.TRANSFER_ID;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Links;
import de.akn.workflow.common.TaskActor;
import de.akn.workflow.measure.JointMeasureProcess;
import de.akn.workflow.measure.MeasureVariables;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.settlement.SettlementCommands;
import de.akn.workflow.settlement.SettlementConfirmations;
import de.akn.workflow.settlement.Settlements;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The listeners of {@code measure-settlement}: a signer's overrun, a payer's payment. */
@Configuration
class SettlementListeners {

    /** Each signer's overrun confirmation keeps its form variables locally. */
    @Bean
    ExecutionListener overrunScopeListener(MemberService members) {
        return execution -> {
            for (String name : OVERRUN_VARIABLES) {
                execution.setVariableLocal(name, null);
            }
            execution.setVariableLocal(MEMBER_NAME, members.nameOf((String) execution.getVariable(MEMBER)));
        };
    }

    /** Each transfer's payment keeps its form variables locally; its payer's group works the task. */
    @Bean
    ExecutionListener paymentScopeListener(Settlements settlements, MemberService members) {
        return execution -> {
            for (String name : PAYMENT_VARIABLES) {
                execution.setVariableLocal(name, null);
            }
            var transfer = settlements.transfer(JointMeasureProcess.measureId(execution),
                    transferId(execution.getVariable(TRANSFER_ID)));
            execution.setVariableLocal(PAYER, transfer.payer());
            execution.setVariableLocal(SETTLEMENT_DUE, settlements.requestPayments(JointMeasureProcess.measureId(
                    execution)));
            execution.setVariableLocal(MEMBER_NAME, members.nameOf(transfer.payer()));
        };
    }

    /** {@code Task_ConfirmShare} of a settlement: created → mail and figures; completed → the overrun confirmed. */
    @Bean
    TaskListener overrunListener(SettlementConfirmations confirmations, Settlements settlements) {
        return task -> {
            Long measureId = JointMeasureProcess.measureId(task);
            String member = (String) task.getVariable(MEMBER);
            if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
                var share = confirmations.overrunRequested(measureId, member, task.getId());
                task.setVariable(OWED_TEXT, GermanFormat.money(share.owedEur()));
                task.setVariable(CEILING_TEXT, GermanFormat.money(share.ceilingEur()));
                figures(task, settlements, measureId);
            } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                var command = SettlementCommands.overrun(MeasureVariables.plain(task.getVariables()));
                confirmations.confirmOverrun(measureId, member, command, TaskActor.of(task));
            }
        };
    }

    /** {@code Task_ConfirmPayment}: created → mail with the claim; completed → the payment confirmed. */
    @Bean
    TaskListener paymentListener(SettlementConfirmations confirmations, Settlements settlements, Links links) {
        return task -> {
            Long measureId = JointMeasureProcess.measureId(task);
            Long transferId = transferId(task.getVariable(TRANSFER_ID));
            if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
                var request = confirmations.paymentRequested(measureId, transferId, task.getId());
                task.setVariable(AMOUNT_TEXT, GermanFormat.money(request.transfer().amountEur()));
                task.setVariable(PAYEE_NAME, request.payeeName());
                task.setVariable(CASH_REFERENCE, request.transfer().cashReference());
                task.setVariable(BANK_ACCOUNT_TEXT, request.bankAccountText());
                task.setVariable(CLAIM_URL, links.api(request.claimPath()));
                figures(task, settlements, measureId);
            } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                var command = SettlementCommands.payment(MeasureVariables.plain(task.getVariables()));
                confirmations.confirmPayment(measureId, transferId, command, TaskActor.of(task));
            }
        };
    }

    private static void figures(DelegateTask task, Settlements settlements, Long measureId) {
        settlements.find(measureId).ifPresent(view -> {
            task.setVariable(ACTUAL_COST_TEXT, GermanFormat.money(view.actualCostEur()));
            task.setVariable(FUNDING_RECEIVED_TEXT, GermanFormat.money(view.fundingReceivedEur()));
            task.setVariable(NET_ACTUAL_COST_TEXT, GermanFormat.money(view.netActualCostEur()));
        });
    }

    static Long transferId(Object value) {
        return value instanceof Number n ? n.longValue() : Long.valueOf(String.valueOf(value));
    }
}
