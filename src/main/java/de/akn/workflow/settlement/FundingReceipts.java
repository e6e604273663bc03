package de.akn.workflow.settlement;

import static de.akn.workflow.settlement.CostCommands.AMOUNT_EUR;
import static de.akn.workflow.settlement.CostCommands.PROGRAMME;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.measure.EventDetail;
import de.akn.workflow.measure.Funding;
import de.akn.workflow.measure.FundingStatus;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureEventType;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.Viewer;
import de.akn.workflow.settlement.CostCommands.FundingPaymentInput;
import de.akn.workflow.settlement.internal.FundingPayment;
import de.akn.workflow.settlement.internal.FundingPaymentRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The funding received for a measure, from its granted programmes: recorded (and cancelled, kept for the
 * audit) by the lead member, which applied, until the last final report is accepted ({@link CostRules}).
 */
@Service
public class FundingReceipts {

    private final MeasureService measures;
    private final FundingPaymentRepository payments;
    private final CostRules rules;
    private final Clock clock;

    FundingReceipts(MeasureService measures, FundingPaymentRepository payments, CostRules rules,
            Optional<Clock> clock) {
        this.measures = measures;
        this.payments = payments;
        this.rules = rules;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Funding received as the API shows it. */
    public record PaymentView(Long id, String member, String programme, String programmeName, LocalDate date,
            BigDecimal amountEur, String recordedBy, Instant recordedAt) {
        static PaymentView of(FundingPayment p, Measure measure) {
            String name = measure.getFunding().stream().filter(f -> f.getProgramme().equals(p.getProgramme()))
                    .map(Funding::getProgrammeName).findFirst().orElse(p.getProgramme());
            return new PaymentView(p.getId(), p.getMember(), p.getProgramme(), name, p.getDate(), p.getAmountEur(),
                    p.getRecordedBy(), p.getRecordedAt());
        }
    }

    /** The funding received, for every signer, the coordinator and admin (others: 404 as for the measure). */
    @Transactional(readOnly = true)
    public List<PaymentView> fundingPayments(String reference, Viewer viewer) {
        Measure measure = rules.visible(reference, viewer);
        return payments.findByMeasureIdAndCancelledAtIsNullOrderByDateAscIdAsc(measure.getId()).stream()
                .map(p -> PaymentView.of(p, measure)).toList();
    }

    /**
     * Records funding received from a granted programme (the lead member's users: it applied). German 400: an
     * unknown or not granted programme, more than granted in all, a date before the start or in the future.
     */
    @Transactional
    public PaymentView recordFundingPayment(String reference, FundingPaymentInput input, Viewer viewer) {
        Measure measure = measures.lock(rules.visible(reference, viewer));
        rules.checkLead(measure, viewer);
        var errors = new LinkedHashMap<String, String>();
        rules.open(measure, errors);
        String programme = input.programme();
        Funding funding = programme == null ? null : measure.getFunding().stream()
                .filter(f -> f.getProgramme().equals(programme)).findFirst().orElse(null);
        if (funding == null || funding.getStatus() != FundingStatus.GRANTED) {
            errors.put(PROGRAMME, Texts.text("settlement.funding-payment.programme"));
        }
        CostRules.checkPeriod(input.date(), measure, errors);
        errors.putAll(input.problems());
        LocalDate date = input.date();
        BigDecimal amount = input.amountEur();
        if (funding != null && amount != null && funding.getGrantedAmountEur() != null) {
            BigDecimal received = payments.findByMeasureIdAndCancelledAtIsNullOrderByDateAscIdAsc(measure.getId())
                    .stream().filter(p -> p.getProgramme().equals(programme)).map(FundingPayment::getAmountEur)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (received.add(amount).compareTo(funding.getGrantedAmountEur()) > 0) {
                errors.put(AMOUNT_EUR, Texts.text("settlement.funding-payment.above-grant", "granted",
                        GermanFormat.money(funding.getGrantedAmountEur()), "received", GermanFormat.money(received)));
            }
        }
        ValidationProblem.throwIfAny(errors);
        var payment = payments.save(new FundingPayment(measure.getId(), measure.getLeadMember(), programme, date,
                amount, viewer.userId(), clock.instant()));
        measures.record(measure, viewer.userId(), MeasureEventType.FUNDING_RECEIVED, EventDetail.of(
                "event.funding.received", "name", funding.getProgrammeName(), "amount", GermanFormat.money(amount),
                "date", GermanFormat.date(date)));
        return PaymentView.of(payment, measure);
    }

    /** Cancels funding received recorded by mistake: the lead member's users, until the last final report. */
    @Transactional
    public void cancelFundingPayment(String reference, Long paymentId, Viewer viewer) {
        Measure measure = measures.lock(rules.visible(reference, viewer));
        rules.checkLead(measure, viewer);
        FundingPayment payment = payments.findByIdAndMeasureId(paymentId, measure.getId())
                .filter(p -> p.getCancelledAt() == null).orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, Texts.text("settlement.cost.unknown")));
        var errors = new LinkedHashMap<String, String>();
        rules.open(measure, errors);
        ValidationProblem.throwIfAny(errors);
        payment.cancel(viewer.userId(), clock.instant());
        measures.record(measure, viewer.userId(), MeasureEventType.FUNDING_RECEIVED_CANCELLED, EventDetail.of(
                "event.funding.received.cancelled", "name", PaymentView.of(payment, measure).programmeName(),
                "amount", GermanFormat.money(payment.getAmountEur()), "date", GermanFormat.date(payment.getDate())));
    }
}
