package de.akn.workflow.settlement;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.ForbiddenProblem;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.TextLimits;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.measure.Funding;
import de.akn.workflow.measure.FundingStatus;
import de.akn.workflow.measure.Implementation;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureEventType;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.measure.ProposalValidator;
import de.akn.workflow.measure.Viewer;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.settlement.internal.CostRepository;
import de.akn.workflow.settlement.internal.FundingPayment;
import de.akn.workflow.settlement.internal.FundingPaymentRepository;
import de.akn.workflow.settlement.internal.MeasureCost;
import de.akn.workflow.settlement.internal.Settlement;
import de.akn.workflow.settlement.internal.SettlementRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The actual costs of a measure (invoices) and the funding received, as records. JOINT: the lead member's
 * users record the costs (the lead pays the invoices); LOCAL: each signer records its own part. Funding
 * payments go to the lead member, which applied. A wrong entry is cancelled (kept for the audit, left out of
 * the sums) by whoever may record it. Once the last final report is accepted, nothing more is recorded or
 * cancelled: the settlement opens with what is there.
 */
@Service
public class Costs {

    static final String DATE = "date";
    static final String AMOUNT_EUR = "amountEur";
    static final String DESCRIPTION = "description";
    static final String INVOICE_NUMBER = "invoiceNumber";
    static final String PROGRAMME = "programme";
    static final String SETTLEMENT = "settlement";
    static final int INVOICE_NUMBER_LENGTH = 100;

    private final MeasureService measures;
    private final MemberService members;
    private final CostRepository costs;
    private final FundingPaymentRepository payments;
    private final SettlementRepository settlements;
    private final Clock clock;

    Costs(MeasureService measures, MemberService members, CostRepository costs, FundingPaymentRepository payments,
            SettlementRepository settlements, Optional<Clock> clock) {
        this.measures = measures;
        this.members = members;
        this.costs = costs;
        this.payments = payments;
        this.settlements = settlements;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A cost as the API shows it. */
    public record CostView(Long id, String member, LocalDate date, BigDecimal amountEur, String description,
            String invoiceNumber, String recordedBy, Instant recordedAt) {
        static CostView of(MeasureCost c) {
            return new CostView(c.getId(), c.getMember(), c.getDate(), c.getAmountEur(), c.getDescription(),
                    c.getInvoiceNumber(), c.getRecordedBy(), c.getRecordedAt());
        }
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

    /** The costs, for every signer, the coordinator and admin (others: 404 as for the measure). */
    @Transactional(readOnly = true)
    public List<CostView> costs(String reference, Viewer viewer) {
        Measure measure = visible(reference, viewer);
        return costs.findByMeasureIdAndCancelledAtIsNullOrderByDateAscIdAsc(measure.getId()).stream().map(CostView::of).toList();
    }

    @Transactional(readOnly = true)
    public List<PaymentView> fundingPayments(String reference, Viewer viewer) {
        Measure measure = visible(reference, viewer);
        return payments.findByMeasureIdAndCancelledAtIsNullOrderByDateAscIdAsc(measure.getId()).stream()
                .map(p -> PaymentView.of(p, measure)).toList();
    }

    /**
     * Records an invoice paid by the caller's town: JOINT only the lead member's users, LOCAL each signer's
     * users for their own part (403 otherwise). German 400, nothing stored: amount not above 0, a date outside
     * the measure's period or in the future, no description, the settlement already open.
     */
    @Transactional
    public CostView recordCost(String reference, Map<String, ?> input, Viewer viewer) {
        Measure measure = measures.lock(visible(reference, viewer));
        String member = payer(measure, viewer);
        var errors = new LinkedHashMap<String, String>();
        open(measure, errors);
        LocalDate date = date(input.get(DATE), measure, errors);
        BigDecimal amount = amount(input.get(AMOUNT_EUR), errors);
        String description = Inputs.text(input.get(DESCRIPTION));
        if (description == null) {
            errors.put(DESCRIPTION, Texts.text("settlement.cost.description"));
        } else if (description.length() > TextLimits.TEXT) {
            errors.put(DESCRIPTION, Texts.text("settlement.cost.description-too-long", "max", GermanFormat.integer(TextLimits.TEXT)));
        }
        String invoice = Inputs.text(input.get(INVOICE_NUMBER));
        if (invoice != null && invoice.length() > INVOICE_NUMBER_LENGTH) {
            errors.put(INVOICE_NUMBER, Texts.text("settlement.cost.invoice-too-long", "max", GermanFormat.integer(INVOICE_NUMBER_LENGTH)));
        }
        ValidationProblem.throwIfAny(errors);
        var cost = costs.save(new MeasureCost(measure.getId(), member, date, amount, description, invoice,
                viewer.userId(), clock.instant()));
        measures.record(measure, viewer.userId(), MeasureEventType.COST_RECORDED, Texts.text("event.cost.recorded",
                "member", members.nameOf(member), "amount", GermanFormat.money(amount), "date", GermanFormat.date(date),
                "description", description));
        return CostView.of(cost);
    }

    /**
     * Records funding received from a granted programme (the lead member's users: it applied). German 400: an
     * unknown or not granted programme, more than granted in all, a date before the start or in the future.
     */
    @Transactional
    public PaymentView recordFundingPayment(String reference, Map<String, ?> input, Viewer viewer) {
        Measure measure = measures.lock(visible(reference, viewer));
        checkLead(measure, viewer);
        var errors = new LinkedHashMap<String, String>();
        open(measure, errors);
        String programme = Inputs.text(input.get(PROGRAMME));
        Funding funding = programme == null ? null : measure.getFunding().stream()
                .filter(f -> f.getProgramme().equals(programme)).findFirst().orElse(null);
        if (funding == null || funding.getStatus() != FundingStatus.GRANTED) {
            errors.put(PROGRAMME, Texts.text("settlement.funding-payment.programme"));
        }
        LocalDate date = date(input.get(DATE), measure, errors);
        BigDecimal amount = amount(input.get(AMOUNT_EUR), errors);
        if (funding != null && amount != null && funding.getGrantedAmountEur() != null) {
            BigDecimal received = payments.findByMeasureIdAndCancelledAtIsNullOrderByDateAscIdAsc(measure.getId()).stream()
                    .filter(p -> p.getProgramme().equals(programme)).map(FundingPayment::getAmountEur)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (received.add(amount).compareTo(funding.getGrantedAmountEur()) > 0) {
                errors.put(AMOUNT_EUR, Texts.text("settlement.funding-payment.above-grant", "granted",
                        GermanFormat.money(funding.getGrantedAmountEur()), "received", GermanFormat.money(received)));
            }
        }
        ValidationProblem.throwIfAny(errors);
        var payment = payments.save(new FundingPayment(measure.getId(), measure.getLeadMember(), programme, date, amount,
                viewer.userId(), clock.instant()));
        measures.record(measure, viewer.userId(), MeasureEventType.FUNDING_RECEIVED, Texts.text(
                "event.funding.received", "name", funding.getProgrammeName(), "amount", GermanFormat.money(amount),
                "date", GermanFormat.date(date)));
        return PaymentView.of(payment, measure);
    }

    /**
     * Cancels a wrong cost (kept for the audit): whoever may record it — JOINT the lead member's users, LOCAL
     * the member's own — until the last final report is accepted (then a German 400); others 403.
     */
    @Transactional
    public void cancelCost(String reference, Long costId, Viewer viewer) {
        Measure measure = measures.lock(visible(reference, viewer));
        MeasureCost cost = costs.findByIdAndMeasureId(costId, measure.getId()).filter(c -> c.getCancelledAt() == null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, Texts.text(
                        "settlement.cost.unknown")));
        if (!payer(measure, viewer).equals(cost.getMember())) {
            throw new ForbiddenProblem(Texts.text("settlement.cost.forbidden-local"));
        }
        var errors = new LinkedHashMap<String, String>();
        open(measure, errors);
        ValidationProblem.throwIfAny(errors);
        cost.cancel(viewer.userId(), clock.instant());
        measures.record(measure, viewer.userId(), MeasureEventType.COST_CANCELLED, Texts.text("event.cost.cancelled",
                "member", members.nameOf(cost.getMember()), "amount", GermanFormat.money(cost.getAmountEur()), "date",
                GermanFormat.date(cost.getDate()), "description", cost.getDescription()));
    }

    /** Cancels funding received recorded by mistake: the lead member's users, until the last final report. */
    @Transactional
    public void cancelFundingPayment(String reference, Long paymentId, Viewer viewer) {
        Measure measure = measures.lock(visible(reference, viewer));
        checkLead(measure, viewer);
        FundingPayment payment = payments.findByIdAndMeasureId(paymentId, measure.getId())
                .filter(p -> p.getCancelledAt() == null).orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, Texts.text("settlement.cost.unknown")));
        var errors = new LinkedHashMap<String, String>();
        open(measure, errors);
        ValidationProblem.throwIfAny(errors);
        payment.cancel(viewer.userId(), clock.instant());
        measures.record(measure, viewer.userId(), MeasureEventType.FUNDING_RECEIVED_CANCELLED, Texts.text(
                "event.funding.received.cancelled", "name", PaymentView.of(payment, measure).programmeName(),
                "amount", GermanFormat.money(payment.getAmountEur()), "date", GermanFormat.date(payment.getDate())));
    }

    /** Costs paid per member, less funding received per member (the outlay in the settlement). */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> outlays(Long measureId) {
        var outlay = new LinkedHashMap<String, BigDecimal>();
        costs.findByMeasureIdAndCancelledAtIsNullOrderByDateAscIdAsc(measureId).forEach(c -> outlay.merge(c.getMember(), c.getAmountEur(),
                BigDecimal::add));
        payments.findByMeasureIdAndCancelledAtIsNullOrderByDateAscIdAsc(measureId).forEach(p -> outlay.merge(p.getMember(),
                p.getAmountEur().negate(), BigDecimal::add));
        return outlay;
    }

    @Transactional(readOnly = true)
    public BigDecimal actualCost(Long measureId) {
        return costs.findByMeasureIdAndCancelledAtIsNullOrderByDateAscIdAsc(measureId).stream().map(MeasureCost::getAmountEur)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    @Transactional(readOnly = true)
    public BigDecimal fundingReceived(Long measureId) {
        return payments.findByMeasureIdAndCancelledAtIsNullOrderByDateAscIdAsc(measureId).stream().map(FundingPayment::getAmountEur)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The member the caller records for: JOINT the lead member, LOCAL the caller's own signer town. */
    private String payer(Measure measure, Viewer viewer) {
        if (measure.getImplementation() == Implementation.JOINT) {
            if (!viewer.members().contains(measure.getLeadMember())) {
                throw new ForbiddenProblem(Texts.text("settlement.cost.forbidden-joint", "lead", members.find(
                        measure.getLeadMember()).map(m -> m.nominative(false)).orElse(measure.getLeadMember())));
            }
            return measure.getLeadMember();
        }
        return measure.signers().stream().map(Participation::getMemberId).filter(viewer.members()::contains)
                .findFirst().orElseThrow(() -> new ForbiddenProblem(Texts.text("settlement.cost.forbidden-local")));
    }

    /**
     * Costs are recorded (and cancelled) from adoption until the last final report is accepted; then the
     * settlement opens with what is there.
     */
    private void open(Measure measure, Map<String, String> errors) {
        Optional<Settlement> settlement = settlements.findById(measure.getId());
        if (settlement.isPresent()) {
            errors.put(SETTLEMENT, Texts.text(settlement.get().getStatus() == Settlement.Status.SETTLED
                    ? "settlement.cost.settled" : "settlement.cost.settlement-open"));
        } else if (measure.getStatus() == MeasureStatus.COMPLETED) {
            errors.put(SETTLEMENT, Texts.text("settlement.cost.completed"));
        } else if (measure.getStatus() != MeasureStatus.ADOPTED) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, Texts.text("settlement.cost.not-adopted"));
        }
    }

    /** Funding received is recorded (and cancelled) by the lead member: it applied for the funding. */
    private void checkLead(Measure measure, Viewer viewer) {
        if (!viewer.members().contains(measure.getLeadMember())) {
            throw new ForbiddenProblem(Texts.text("settlement.funding-payment.forbidden", "lead",
                    members.find(measure.getLeadMember()).map(m -> m.nominative(false)).orElse(measure.getLeadMember())));
        }
    }

    /** From the measure's start until today (final invoices often come after its planned end). */
    private static LocalDate date(Object value, Measure measure, Map<String, String> errors) {
        LocalDate date = Inputs.date(value, DATE, Texts.text("settlement.cost.date-what"), errors);
        if (date == null) {
            return null;
        }
        if (date.isBefore(measure.getPlannedStart())) {
            errors.put(DATE, Texts.text("settlement.cost.before-start", "date", GermanFormat.date(date), "start",
                    GermanFormat.date(measure.getPlannedStart())));
        } else if (date.isAfter(Dates.today())) {
            errors.put(DATE, Texts.text("settlement.cost.date-future"));
        }
        return date;
    }

    private static BigDecimal amount(Object value, Map<String, String> errors) {
        BigDecimal amount = Inputs.amount(value, AMOUNT_EUR, Texts.text("settlement.cost.amount-what"), 2,
                ProposalValidator.MAX_EUR, true, errors);
        if (amount != null && amount.signum() == 0) {
            errors.put(AMOUNT_EUR, Texts.text("settlement.cost.amount-zero"));
            return null;
        }
        return amount;
    }

    private Measure visible(String reference, Viewer viewer) {
        return measures.find(reference, viewer).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                Texts.text("settlement.measure.unknown")));
    }
}
