package de.akn.workflow.settlement;

import static de.akn.workflow.settlement.SettlementProcess.COMMENT;
import static de.akn.workflow.settlement.SettlementProcess.COUNCIL_PAPER_REFERENCE;
import static de.akn.workflow.settlement.SettlementProcess.PAYMENT_DATE;
import static de.akn.workflow.settlement.SettlementProcess.PAYMENT_REFERENCE;
import static de.akn.workflow.settlement.SettlementProcess.SHARE_CONFIRMATION;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.TextLimits;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A signer's entries in the settlement, read from the task's variables (or the API's body) once and checked:
 * the overrun confirmed, a payment confirmed. Invalid input throws {@link ValidationProblem} with a German
 * message per field; rules that need the settlement (paid already, not before it opened) are the service's.
 */
public final class SettlementCommands {

    static final int PAYMENT_REFERENCE_LENGTH = 100;

    private SettlementCommands() {
    }

    /** {@code Task_ConfirmShare}: ACCEPT, with its council's paper where there is one. */
    public record OverrunConfirmation(String councilPaperReference, String comment) {
    }

    /** {@code Task_ConfirmPayment}: the day paid and the payer's booking reference. */
    public record PaymentConfirmation(LocalDate paidOn, String paymentReference, String comment) {
    }

    public static OverrunConfirmation overrun(Map<String, ?> variables) {
        var errors = new LinkedHashMap<String, String>();
        if (!"ACCEPT".equals(Inputs.text(variables.get(SHARE_CONFIRMATION)))) {
            errors.put(SHARE_CONFIRMATION, Texts.text("settlement.overrun.confirm"));
        }
        String paper = Inputs.text(variables.get(COUNCIL_PAPER_REFERENCE));
        if (paper != null && paper.length() > PAYMENT_REFERENCE_LENGTH) {
            errors.put(COUNCIL_PAPER_REFERENCE, Texts.text("settlement.reference-too-long", "max",
                    PAYMENT_REFERENCE_LENGTH));
        }
        String comment = comment(variables, errors);
        ValidationProblem.throwIfAny(errors);
        return new OverrunConfirmation(paper, comment);
    }

    public static PaymentConfirmation payment(Map<String, ?> variables) {
        var errors = new LinkedHashMap<String, String>();
        LocalDate paidOn = Inputs.date(variables.get(PAYMENT_DATE), PAYMENT_DATE, Texts.text(
                "settlement.payment.date-what"), errors);
        String reference = Inputs.text(variables.get(PAYMENT_REFERENCE));
        if (reference != null && reference.length() > PAYMENT_REFERENCE_LENGTH) {
            errors.put(PAYMENT_REFERENCE, Texts.text("settlement.reference-too-long", "max",
                    GermanFormat.integer(PAYMENT_REFERENCE_LENGTH)));
        }
        String comment = comment(variables, errors);
        ValidationProblem.throwIfAny(errors);
        return new PaymentConfirmation(paidOn, reference, comment);
    }

    private static String comment(Map<String, ?> variables, Map<String, String> errors) {
        String comment = Inputs.text(variables.get(COMMENT));
        if (comment != null && comment.length() > TextLimits.TEXT) {
            errors.put(COMMENT, Texts.text("settlement.comment-too-long", "max",
                    GermanFormat.integer(TextLimits.TEXT)));
        }
        return comment;
    }
}
