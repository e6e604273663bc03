package de.akn.workflow.settlement;

import de.akn.workflow.common.ForbiddenProblem;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.measure.EventDetail;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureEventType;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.Viewer;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.settlement.CostCommands.CostInput;
import de.akn.workflow.settlement.internal.CostRepository;
import de.akn.workflow.settlement.internal.FundingPayment;
import de.akn.workflow.settlement.internal.FundingPaymentRepository;
import de.akn.workflow.settlement.internal.MeasureCost;
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
 * The actual costs of a measure (invoices), and the sums the settlement opens with (the funding received is
 * recorded in {@link FundingReceipts}). JOINT: the lead member's users record the costs (the lead pays the
 * invoices); LOCAL: each signer records its own part. A wrong entry is cancelled (kept for the audit, left out
 * of the sums) by whoever may record it. Once the last final report is accepted, nothing more is recorded or
 * cancelled: the settlement opens with what is there ({@link CostRules}).
 */
@Service
public class Costs {

    private final MeasureService measures;
    private final MemberService members;
    private final CostRepository costs;
    private final FundingPaymentRepository payments;
    private final CostRules rules;
    private final Clock clock;

    Costs(MeasureService measures, MemberService members, CostRepository costs, FundingPaymentRepository payments,
            CostRules rules, Optional<Clock> clock) {
        this.measures = measures;
        this.members = members;
        this.costs = costs;
        this.payments = payments;
        this.rules = rules;
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

    /** The costs, for every signer, the coordinator and admin (others: 404 as for the measure). */
    @Transactional(readOnly = true)
    public List<CostView> costs(String reference, Viewer viewer) {
        Measure measure = rules.visible(reference, viewer);
        return costs.findByMeasureIdAndCancelledAtIsNullOrderByDateAscIdAsc(measure.getId()).stream().map(CostView::of).toList();
    }

    /**
     * Records an invoice paid by the caller's town: JOINT only the lead member's users, LOCAL each signer's
     * users for their own part (403 otherwise). German 400, nothing stored: amount not above 0, a date outside
     * the measure's period or in the future, no description, the settlement already open.
     */
    @Transactional
    public CostView recordCost(String reference, CostInput input, Viewer viewer) {
        Measure measure = measures.lock(rules.visible(reference, viewer));
        String member = rules.payer(measure, viewer);
        var errors = new LinkedHashMap<String, String>();
        rules.open(measure, errors);
        CostRules.checkPeriod(input.date(), measure, errors);
        errors.putAll(input.problems());
        ValidationProblem.throwIfAny(errors);
        LocalDate date = input.date();
        BigDecimal amount = input.amountEur();
        String description = input.description();
        var cost = costs.save(new MeasureCost(measure.getId(), member, date, amount, description, input.invoiceNumber(),
                viewer.userId(), clock.instant()));
        measures.record(measure, viewer.userId(), MeasureEventType.COST_RECORDED, EventDetail.of("event.cost.recorded",
                "member", members.nameOf(member), "amount", GermanFormat.money(amount), "date", GermanFormat.date(date),
                "description", description));
        return CostView.of(cost);
    }

    /**
     * Cancels a wrong cost (kept for the audit): whoever may record it — JOINT the lead member's users, LOCAL
     * the member's own — until the last final report is accepted (then a German 400); others 403.
     */
    @Transactional
    public void cancelCost(String reference, Long costId, Viewer viewer) {
        Measure measure = measures.lock(rules.visible(reference, viewer));
        MeasureCost cost = costs.findByIdAndMeasureId(costId, measure.getId()).filter(c -> c.getCancelledAt() == null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, Texts.text(
                        "settlement.cost.unknown")));
        if (!rules.payer(measure, viewer).equals(cost.getMember())) {
            throw new ForbiddenProblem(Texts.text("settlement.cost.forbidden-local"));
        }
        var errors = new LinkedHashMap<String, String>();
        rules.open(measure, errors);
        ValidationProblem.throwIfAny(errors);
        cost.cancel(viewer.userId(), clock.instant());
        measures.record(measure, viewer.userId(), MeasureEventType.COST_CANCELLED, EventDetail.of("event.cost.cancelled",
                "member", members.nameOf(cost.getMember()), "amount", GermanFormat.money(cost.getAmountEur()), "date",
                GermanFormat.date(cost.getDate()), "description", cost.getDescription()));
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
}
