package de.akn.workflow.settlement;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.TextLimits;
import de.akn.workflow.common.Texts;
import de.akn.workflow.measure.ProposalValidator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A cost or funding received as the API's body gives it, read once: the typed fields, and a German message
 * per field that could not be read. The service reports those problems (a {@code ValidationProblem}, with the
 * rules that need the measure: its period, the settlement, the grant) only after its access checks, so that
 * an unknown measure stays 404, another town 403 and a measure not yet adopted 409 whatever the body.
 */
public final class CostCommands {

    static final String DATE = "date";
    static final String AMOUNT_EUR = "amountEur";
    static final String DESCRIPTION = "description";
    static final String INVOICE_NUMBER = "invoiceNumber";
    static final String PROGRAMME = "programme";
    static final int INVOICE_NUMBER_LENGTH = 100;

    private CostCommands() {
    }

    /** {@code POST /api/measures/{reference}/costs}: an invoice paid. */
    public record CostInput(LocalDate date, BigDecimal amountEur, String description, String invoiceNumber,
            Map<String, String> problems) {
    }

    /** {@code POST /api/measures/{reference}/funding-payments}: funding received from a programme. */
    public record FundingPaymentInput(String programme, LocalDate date, BigDecimal amountEur,
            Map<String, String> problems) {
    }

    public static CostInput cost(Map<String, ?> input) {
        var problems = new LinkedHashMap<String, String>();
        LocalDate date = date(input.get(DATE), problems);
        BigDecimal amount = amount(input.get(AMOUNT_EUR), problems);
        String description = Inputs.text(input.get(DESCRIPTION));
        if (description == null) {
            problems.put(DESCRIPTION, Texts.text("settlement.cost.description"));
        } else if (description.length() > TextLimits.TEXT) {
            problems.put(DESCRIPTION, Texts.text("settlement.cost.description-too-long", "max",
                    GermanFormat.integer(TextLimits.TEXT)));
        }
        String invoice = Inputs.text(input.get(INVOICE_NUMBER));
        if (invoice != null && invoice.length() > INVOICE_NUMBER_LENGTH) {
            problems.put(INVOICE_NUMBER, Texts.text("settlement.cost.invoice-too-long", "max",
                    GermanFormat.integer(INVOICE_NUMBER_LENGTH)));
        }
        return new CostInput(date, amount, description, invoice, Collections.unmodifiableMap(problems));
    }

    public static FundingPaymentInput fundingPayment(Map<String, ?> input) {
        var problems = new LinkedHashMap<String, String>();
        LocalDate date = date(input.get(DATE), problems);
        BigDecimal amount = amount(input.get(AMOUNT_EUR), problems);
        return new FundingPaymentInput(Inputs.text(input.get(PROGRAMME)), date, amount,
                Collections.unmodifiableMap(problems));
    }

    private static LocalDate date(Object value, Map<String, String> problems) {
        return Inputs.date(value, DATE, Texts.text("settlement.cost.date-what"), problems);
    }

    private static BigDecimal amount(Object value, Map<String, String> problems) {
        BigDecimal amount = Inputs.amount(value, AMOUNT_EUR, Texts.text("settlement.cost.amount-what"), 2,
                ProposalValidator.MAX_EUR, true, problems);
        if (amount != null && amount.signum() == 0) {
            problems.put(AMOUNT_EUR, Texts.text("settlement.cost.amount-zero"));
            return null;
        }
        return amount;
    }
}
