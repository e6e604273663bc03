package de.akn.workflow.funding;

import static de.akn.workflow.funding.MeasureFundingProcess.FUNDING_APPLIED_ON;
import static de.akn.workflow.funding.MeasureFundingProcess.FUNDING_COMMENT;
import static de.akn.workflow.funding.MeasureFundingProcess.FUNDING_DECIDED_ON;
import static de.akn.workflow.funding.MeasureFundingProcess.FUNDING_DECISION;
import static de.akn.workflow.funding.MeasureFundingProcess.GRANTED_AMOUNT_EUR;
import static de.akn.workflow.funding.MeasureFundingProcess.GRANT_REFERENCE;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.TextLimits;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.measure.Funding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The lead member's entries on a funding, read from the task's variables once and checked: the day the
 * application was filed, and the decision (granted with amount, Förderkennzeichen and day, or rejected).
 * Invalid input throws {@link ValidationProblem} with a German message per field; nothing is stored.
 */
public final class FundingCommands {

    static final int REFERENCE_LENGTH = 100;
    private static final BigDecimal MAX_EUR = new BigDecimal("999999999.99");

    private FundingCommands() {
    }

    /** {@code Task_SubmitFundingApplication}: filed on a day not after today. */
    public record Application(LocalDate appliedOn, String comment) {
    }

    /** {@code Task_RecordFundingDecision}. */
    public record Decision(FundingDecisionKind decision, BigDecimal grantedAmountEur, String grantReference,
            LocalDate decidedOn, String comment) {

        public boolean granted() {
            return decision == FundingDecisionKind.GRANTED;
        }
    }

    public static Application application(Map<String, ?> variables, LocalDate today) {
        var errors = new LinkedHashMap<String, String>();
        LocalDate appliedOn = day(variables.get(FUNDING_APPLIED_ON), FUNDING_APPLIED_ON,
                Texts.text("funding.application.applied-on"), errors);
        if (appliedOn != null && appliedOn.isAfter(today)) {
            errors.put(FUNDING_APPLIED_ON, Texts.text("funding.application.applied-on-future"));
        }
        String comment = comment(variables, errors);
        ValidationProblem.throwIfAny(errors);
        return new Application(appliedOn, comment);
    }

    /**
     * The decision on {@code funding} (applied for on {@link Funding#getAppliedOn()}): granted needs an amount
     * above 0 and at most the amount applied for, and the Förderkennzeichen; the day of the decision lies
     * neither before the application nor after today.
     */
    public static Decision decision(Map<String, ?> variables, Funding funding, LocalDate today) {
        var errors = new LinkedHashMap<String, String>();
        FundingDecisionKind decision = Inputs.enumValue(FundingDecisionKind.class, variables.get(FUNDING_DECISION));
        if (decision == null) {
            errors.put(FUNDING_DECISION, Texts.text("funding.decision.missing"));
        }
        LocalDate decidedOn = day(variables.get(FUNDING_DECIDED_ON), FUNDING_DECIDED_ON,
                Texts.text("funding.decision.decided-on"), errors);
        if (decidedOn != null && decidedOn.isAfter(today)) {
            errors.put(FUNDING_DECIDED_ON, Texts.text("funding.decision.decided-on-future"));
        } else if (decidedOn != null && funding.getAppliedOn() != null && decidedOn.isBefore(funding.getAppliedOn())) {
            errors.put(FUNDING_DECIDED_ON, Texts.text("funding.decision.before-application", "appliedOn",
                    GermanFormat.date(funding.getAppliedOn())));
        }
        BigDecimal amount = null;
        String reference = null;
        if (decision == FundingDecisionKind.GRANTED) {
            amount = Inputs.amount(variables.get(GRANTED_AMOUNT_EUR), GRANTED_AMOUNT_EUR,
                    Texts.text("funding.decision.amount-what"), 2, MAX_EUR, true, errors);
            if (amount != null && amount.signum() == 0) {
                errors.put(GRANTED_AMOUNT_EUR, Texts.text("funding.decision.amount-zero"));
            } else if (amount != null && amount.compareTo(funding.getAmountEur()) > 0) {
                errors.put(GRANTED_AMOUNT_EUR, Texts.text("funding.decision.amount-above-applied", "amount",
                        GermanFormat.money(amount), "applied", GermanFormat.money(funding.getAmountEur())));
            }
            reference = Inputs.text(variables.get(GRANT_REFERENCE));
            if (reference == null) {
                errors.put(GRANT_REFERENCE, Texts.text("funding.decision.reference-missing"));
            } else if (reference.length() > REFERENCE_LENGTH) {
                errors.put(GRANT_REFERENCE, Texts.text("funding.decision.reference-too-long", "max", GermanFormat.integer(REFERENCE_LENGTH)));
            }
        }
        String comment = comment(variables, errors);
        ValidationProblem.throwIfAny(errors);
        return new Decision(decision, amount, reference, decidedOn, comment);
    }

    private static LocalDate day(Object value, String field, String what, Map<String, String> errors) {
        return Inputs.date(value, field, what, errors);
    }

    private static String comment(Map<String, ?> variables, Map<String, String> errors) {
        String comment = Inputs.text(variables.get(FUNDING_COMMENT));
        if (comment != null && comment.length() > TextLimits.TEXT) {
            errors.put(FUNDING_COMMENT, TextLimits.tooLong(Texts.text("funding.comment.what")));
        }
        return comment;
    }
}
