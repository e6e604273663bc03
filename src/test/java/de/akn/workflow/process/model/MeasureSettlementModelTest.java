package de.akn.workflow.process.model;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import de.akn.workflow.cosigning.CosigningProcess;
import de.akn.workflow.settlement.SettlementProcess;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.akn.workflow.settlement.Settlements;

/**
 * measure-settlement.bpmn: the settlement is opened (or there is nothing to settle), towns over their cost
 * ceiling confirm the overrun, every payer confirms its transfer, then the measure is settled.
 */
@Deployment(resources = { ModelTest.BPMN + "measure-settlement.bpmn", ModelTest.BPMN + "confirm-overrun.form",
        ModelTest.BPMN + "confirm-payment.form" })
class MeasureSettlementModelTest extends ModelTest {

    private static final String PROCESS = "measure-settlement";
    private static final String START = "StartEvent_Settlement";
    private static final String OPEN = "ServiceTask_OpenSettlement";
    private static final String GATEWAY_OPENED = "Gateway_Opened";
    private static final String END_NOTHING = "End_NothingToSettle";
    private static final String SUBPROCESS_OVERRUN = "SubProcess_ConfirmOverrun";
    private static final String TASK_CONFIRM_OVERRUN = CosigningProcess.TASK_CONFIRM_SHARE;
    private static final String SUBPROCESS_PAYMENTS = "SubProcess_Payments";
    private static final String TASK_CONFIRM_PAYMENT = SettlementProcess.TASK_CONFIRM_PAYMENT;
    private static final String SETTLED = "ServiceTask_Settled";
    private static final String END_SETTLED = "End_Settled";

    private static final Date SETTLEMENT_DUE = new Date(1_800_000_000_000L);
    private static final Date PAYMENT_DUE = new Date(1_810_000_000_000L);

    private Settlements settlements;
    private ExecutionListener overrunScopeListener;
    private ExecutionListener paymentScopeListener;
    private TaskListener overrunListener;
    private TaskListener paymentListener;
    private JavaDelegate settlementSettledDelegate;

    private boolean opened = true;

    @BeforeEach
    void mocks() {
        settlements = bean("settlements", Settlements.class);
        when(settlements.overrunMembers(1L)).thenReturn(List.of("dormagen"));
        when(settlements.openTransfers(1L)).thenReturn(List.of(21L));
        delegate("settlementOpenDelegate", execution -> {
            execution.setVariable("settlementOpened", opened);
            if (opened) {
                execution.setVariable("settlementDue", SETTLEMENT_DUE);
            }
        });
        overrunScopeListener = executionListener("overrunScopeListener");
        // the real listener finds the transfer's payer and asks for the payment
        paymentScopeListener = executionListener("paymentScopeListener", execution -> {
            execution.setVariableLocal("payer", "meerbusch");
            execution.setVariableLocal("settlementDue", PAYMENT_DUE);
        });
        overrunListener = taskListener("overrunListener");
        paymentListener = taskListener("paymentListener");
        settlementSettledDelegate = delegate("settlementSettledDelegate");
    }

    private ProcessInstance startSettlement() {
        ProcessInstance settlement = runtimeService().startProcessInstanceByKey(PROCESS, "AKN-2026-001",
                withVariables("measureId", 1L, "reference", "AKN-2026-001"));
        // When: the settlement is opened in a transaction of its own
        assertThat(settlement).isWaitingAt(OPEN);
        execute(job(settlement));
        return settlement;
    }

    @Test
    void overrunConfirmedPaymentConfirmedSettled() throws Exception {
        // Given
        ProcessInstance settlement = startSettlement();

        // Then: the town over its ceiling confirms
        assertThat(settlement).isWaitingAt(TASK_CONFIRM_OVERRUN);
        assertThat(task(settlement)).hasCandidateGroup("member-dormagen").hasDueDate(SETTLEMENT_DUE)
                .hasName("Mehrkosten bestätigen: AKN-2026-001");
        verify(overrunScopeListener).notify(any());

        // When
        complete(task(settlement), withVariables("overrunConfirmed", true));
        executeDueJobs();

        // Then: the payer confirms its transfer
        assertThat(settlement).isWaitingAt(TASK_CONFIRM_PAYMENT);
        assertThat(task(settlement)).hasCandidateGroup("member-meerbusch").hasDueDate(PAYMENT_DUE)
                .hasName("Zahlung bestätigen: AKN-2026-001");
        verify(paymentScopeListener).notify(any());

        // When
        complete(task(settlement), withVariables("paid", true));
        executeDueJobs();

        // Then
        assertThat(settlement).hasPassedInOrder(START, OPEN, GATEWAY_OPENED, TASK_CONFIRM_OVERRUN, TASK_CONFIRM_PAYMENT,
                SETTLED, END_SETTLED)
                .hasPassed(SUBPROCESS_OVERRUN, SUBPROCESS_PAYMENTS).hasNotPassed(END_NOTHING).isEnded();
        verify(overrunListener, times(2)).notify(any());
        verify(paymentListener, times(2)).notify(any());
        verify(settlementSettledDelegate).execute(any());
    }

    @Test
    void withoutOverrunsAndTransfersTheMeasureIsSettledAtOnce() throws Exception {
        // Given: nobody over a ceiling, nothing to transfer
        when(settlements.overrunMembers(1L)).thenReturn(List.of());
        when(settlements.openTransfers(1L)).thenReturn(List.of());

        // When
        ProcessInstance settlement = startSettlement();

        // Then
        assertThat(settlement).hasPassedInOrder(OPEN, GATEWAY_OPENED, SETTLED, END_SETTLED)
                .hasNotPassed(TASK_CONFIRM_OVERRUN, TASK_CONFIRM_PAYMENT).isEnded();
        verify(settlementSettledDelegate).execute(any());
    }

    @Test
    void withoutRecordedCostsThereIsNothingToSettle() throws Exception {
        // Given
        opened = false;

        // When
        ProcessInstance settlement = startSettlement();

        // Then
        assertThat(settlement).hasPassedInOrder(START, OPEN, GATEWAY_OPENED, END_NOTHING)
                .hasNotPassed(SUBPROCESS_OVERRUN, SETTLED).isEnded();
        verify(settlementSettledDelegate, never()).execute(any());
    }
}
