package de.akn.workflow.settlement;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.ForbiddenProblem;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.Viewer;
import de.akn.workflow.settlement.SettlementCommands.PaymentConfirmation;
import de.akn.workflow.settlement.SettlementView.TransferView;
import java.util.HashMap;
import java.util.function.Supplier;
import java.time.LocalTime;
import org.camunda.bpm.engine.TaskService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * A payment confirmed through the API: the payer's own users complete its {@code Task_ConfirmPayment} (the
 * same checks as in Tasklist); another town gets 403, a payment confirmed already a German 400.
 */
@Service
public class SettlementPayments {

    private final MeasureService measures;
    private final Settlements settlements;
    private final TaskService taskService;

    SettlementPayments(MeasureService measures, Settlements settlements, TaskService taskService) {
        this.measures = measures;
        this.settlements = settlements;
        this.taskService = taskService;
    }

    /**
     * The body is read ({@code confirmation}, e.g. {@link SettlementCommands#payment}) only after the access
     * checks: an unknown transfer stays 404 and another town 403 whatever the body.
     */
    @Transactional
    public TransferView confirm(String reference, Long transferId, Supplier<PaymentConfirmation> confirmation,
            Viewer viewer) {
        Measure measure = measures.find(reference, viewer).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, Texts.text("settlement.measure.unknown")));
        var transfer = settlements.find(measure.getId()).flatMap(view -> view.transfers().stream()
                .filter(t -> t.id().equals(transferId)).findFirst()).orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, Texts.text("settlement.transfer.unknown")));
        if (!viewer.members().contains(transfer.payer())) {
            throw new ForbiddenProblem(Texts.text("settlement.payment.forbidden"));
        }
        if (transfer.paidOn() != null) {
            throw ValidationProblem.of(SettlementProcess.PAYMENT_DATE, Texts.text("settlement.payment.twice", "date",
                    GermanFormat.date(transfer.paidOn())));
        }
        var task = taskService.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(SettlementProcess.TASK_CONFIRM_PAYMENT).list().stream()
                .filter(t -> transferId.equals(toLong(taskService.getVariable(t.getId(), SettlementProcess.TRANSFER_ID))))
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT,
                        Texts.text("settlement.payment.not-yet")));
        // the task's listener checks the confirmation against the settlement, as in Tasklist
        PaymentConfirmation command = confirmation.get();
        var variables = new HashMap<String, Object>();
        variables.put(SettlementProcess.PAYMENT_DATE, Dates.at(command.paidOn(), LocalTime.NOON));
        variables.put(SettlementProcess.PAYMENT_REFERENCE, command.paymentReference());
        variables.put(SettlementProcess.COMMENT, command.comment());
        taskService.complete(task.getId(), variables);
        return settlements.transfer(measure.getId(), transferId);
    }

    private static Long toLong(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}
