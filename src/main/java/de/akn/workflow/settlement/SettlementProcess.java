package de.akn.workflow.settlement;

import java.util.List;

/** Ids and variable names of {@code measure-settlement} (DESIGN.md), for the model, the listeners and the tests. */
public final class SettlementProcess {

    public static final String PROCESS_KEY = "measure-settlement";
    public static final String TASK_CONFIRM_SHARE = "Task_ConfirmShare";
    public static final String TASK_CONFIRM_PAYMENT = "Task_ConfirmPayment";

    /** The element variable of the overrun round: the member above its ceiling. */
    public static final String MEMBER = "member";
    public static final String MEMBER_NAME = "memberName";
    /** Whether a settlement was opened (without recorded costs there is nothing to settle). */
    public static final String OPENED = "settlementOpened";
    /** The element variable of the payment round: the transfer the payer confirms. */
    public static final String TRANSFER_ID = "transferId";
    /** The payer of the transfer (its group works the task). */
    public static final String PAYER = "payer";
    /** When the payments and overrun confirmations are due (an engine date). */
    public static final String SETTLEMENT_DUE = "settlementDue";
    /** {@code Task_ConfirmShare} (overrun): ACCEPT, with the council's paper where there is one. */
    public static final String SHARE_CONFIRMATION = "shareConfirmation";
    public static final String COUNCIL_PAPER_REFERENCE = "councilPaperReference";
    public static final String COMMENT = "settlementComment";
    /** {@code Task_ConfirmPayment}: the day it was paid and the booking's reference. */
    public static final String PAYMENT_DATE = "paymentDate";
    public static final String PAYMENT_REFERENCE = "paymentReference";
    /** Read-only texts of the forms. */
    public static final String OWED_TEXT = "owedText";
    public static final String CEILING_TEXT = "ceilingText";
    public static final String ACTUAL_COST_TEXT = "actualCostText";
    public static final String FUNDING_RECEIVED_TEXT = "fundingReceivedText";
    public static final String NET_ACTUAL_COST_TEXT = "netActualCostText";
    public static final String AMOUNT_TEXT = "transferAmountText";
    public static final String PAYEE_NAME = "payeeName";
    public static final String CASH_REFERENCE = "cashReference";
    public static final String BANK_ACCOUNT_TEXT = "bankAccountText";
    public static final String CLAIM_URL = "claimUrl";

    /** Variables of one overrun confirmation, local to its instance. */
    public static final List<String> OVERRUN_VARIABLES = List.of(SHARE_CONFIRMATION, COUNCIL_PAPER_REFERENCE, COMMENT,
            OWED_TEXT, CEILING_TEXT, MEMBER_NAME);
    /** Variables of one payment, local to its instance. */
    public static final List<String> PAYMENT_VARIABLES = List.of(PAYER, PAYMENT_DATE, PAYMENT_REFERENCE, COMMENT,
            AMOUNT_TEXT, PAYEE_NAME, CASH_REFERENCE, BANK_ACCOUNT_TEXT, CLAIM_URL, MEMBER_NAME);

    private SettlementProcess() {
    }
}
