package de.akn.workflow.settlement;

import static de.akn.workflow.settlement.SettlementProcess.COMMENT;
import static de.akn.workflow.settlement.SettlementProcess.COUNCIL_PAPER_REFERENCE;
import static de.akn.workflow.settlement.SettlementProcess.PAYMENT_DATE;
import static de.akn.workflow.settlement.SettlementProcess.PAYMENT_REFERENCE;
import static de.akn.workflow.settlement.SettlementProcess.SHARE_CONFIRMATION;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.ForbiddenProblem;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.TextLimits;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.common.WorkingDays;
import de.akn.workflow.cosigning.CosigningService;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureEventType;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.measure.Synergy;
import de.akn.workflow.measure.SynergyEstimate;
import de.akn.workflow.measure.Viewer;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.security.Groups;
import de.akn.workflow.settlement.internal.Settlement;
import de.akn.workflow.settlement.internal.SettlementRepository;
import de.akn.workflow.settlement.internal.SettlementShare;
import de.akn.workflow.settlement.internal.SettlementTransfer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The steps of {@code measure-settlement}: opened after the final reports are accepted (the net actual cost
 * split by the measure's key, each signer's outlay, the transfers through the lead member), overruns above a
 * ceiling confirmed first, each transfer confirmed by its payer, then SETTLED — and the synergy measured.
 */
@Service
public class Settlements {

    static final int PAYMENT_REFERENCE_LENGTH = 100;

    private final SettlementRepository settlements;
    private final Costs costs;
    private final MeasureService measures;
    private final MemberService members;
    private final CosigningService cosigning;
    private final Synergy synergy;
    private final SettlementMails mails;
    private final ClaimLetters letters;
    private final SettlementBankAccounts bankAccounts;
    private final SettlementProperties properties;
    private final WorkingDays workingDays;
    private final Clock clock;

    Settlements(SettlementRepository settlements, Costs costs, MeasureService measures, MemberService members,
            CosigningService cosigning, Synergy synergy, SettlementMails mails, ClaimLetters letters,
            SettlementBankAccounts bankAccounts, SettlementProperties properties, WorkingDays workingDays,
            Optional<Clock> clock) {
        this.workingDays = workingDays;
        this.bankAccounts = bankAccounts;
        this.settlements = settlements;
        this.costs = costs;
        this.measures = measures;
        this.members = members;
        this.cosigning = cosigning;
        this.synergy = synergy;
        this.mails = mails;
        this.letters = letters;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A signer in the settlement resource (DESIGN.md). */
    public record MemberView(String member, BigDecimal owedEur, BigDecimal paidEur, BigDecimal balanceEur,
            BigDecimal ceilingEur, BigDecimal outlayEur, String overrunConfirmedBy) {
    }

    /** A transfer between two members. */
    public record TransferView(Long id, String payer, String payee, BigDecimal amountEur, String cashReference,
            LocalDate paidOn, String paymentReference) {
        static TransferView of(SettlementTransfer t) {
            return new TransferView(t.getId(), t.getPayer(), t.getPayee(), t.getAmountEur(), t.getCashReference(),
                    t.getPaidOn(), t.getPaymentReference());
        }
    }

    /** {@code GET /api/measures/{reference}/settlement}. */
    public record SettlementView(String status, BigDecimal actualCostEur, BigDecimal fundingReceivedEur,
            BigDecimal netActualCostEur, Instant openedAt, Instant settledAt, List<MemberView> members,
            List<TransferView> transfers) {
    }

    /**
     * Opens the settlement: the net actual cost (costs less funding received) split among the signers by the
     * measure's key, each signer's outlay, and the transfers through the lead member; everyone is told.
     * Without any recorded cost or funding there is nothing to settle (and the synergy stays an estimate).
     *
     * @return whether a settlement was opened
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean open(Long measureId) {
        // one after the other with a cost being recorded; entered again (a retry, a Cockpit move): the same
        Measure measure = measures.lock(measures.get(measureId));
        if (settlements.existsById(measureId)) {
            return true;
        }
        BigDecimal actual = costs.actualCost(measureId);
        BigDecimal received = costs.fundingReceived(measureId);
        if (actual.signum() == 0 && received.signum() == 0) {
            measures.record(measure, "system", MeasureEventType.NOTHING_TO_SETTLE, Texts.text(
                    "event.settlement.nothing"));
            return false;
        }
        BigDecimal net = actual.subtract(received).max(BigDecimal.ZERO.setScale(2));
        // funding above the actual cost is the lead member's to pay back to the funder, not the others' gain
        BigDecimal surplus = received.subtract(actual).max(BigDecimal.ZERO);
        Map<String, BigDecimal> owed = cosigning.splitAmongSigners(measureId, net);
        Map<String, BigDecimal> outlays = costs.outlays(measureId);
        outlays.merge(measure.getLeadMember(), surplus, BigDecimal::add);
        var settlement = new Settlement(measureId, actual, received, net, clock.instant());
        var positions = new ArrayList<SettlementSplit.Position>();
        for (Participation signer : measure.signers()) {
            BigDecimal share = owed.getOrDefault(signer.getMemberId(), BigDecimal.ZERO.setScale(2));
            BigDecimal outlay = outlays.getOrDefault(signer.getMemberId(), BigDecimal.ZERO).setScale(2);
            settlement.addShare(signer.getMemberId(), share, outlay, signer.getCostCeilingEur());
            positions.add(new SettlementSplit.Position(signer.getMemberId(), share, outlay));
        }
        int number = 1;
        for (var transfer : SettlementSplit.transfers(measure.getLeadMember(), positions)) {
            settlement.addTransfer(transfer.payer(), transfer.payee(), transfer.amountEur(),
                    String.format("%s-%02d", measure.getReference(), number++), bankAccounts.of(transfer.payee()));
        }
        settlements.saveAndFlush(settlement);
        measures.record(measure, "system", MeasureEventType.SETTLEMENT_OPENED, Texts.text("event.settlement.opened",
                "actual", GermanFormat.money(actual), "received", GermanFormat.money(received), "net",
                GermanFormat.money(net)));
        mails.opened(measure, settlement, due(settlement));
        return true;
    }

    /** The signers owing more than their ceiling (the overrun round's collection). */
    @Transactional(readOnly = true)
    public List<String> overrunMembers(Long measureId) {
        return settlement(measureId).getShares().stream().filter(SettlementShare::isOverrun)
                .map(SettlementShare::getMember).toList();
    }

    /** When overruns and payments are due: the period after the settlement opened, in the morning. */
    @Transactional(readOnly = true)
    public Date due(Long measureId) {
        return due(settlement(measureId));
    }

    /** A signer above its ceiling is asked to confirm the overrun (with its council): mail, and the form's figures. */
    @Transactional(propagation = Propagation.MANDATORY)
    public MemberView overrunRequested(Long measureId, String member, String taskId) {
        Settlement settlement = settlement(measureId);
        SettlementShare share = settlement.share(member).orElseThrow();
        mails.overrunRequested(measures.get(measureId), share, taskId, Dates.day(due(settlement)));
        return memberView(settlement, share);
    }

    /** The signer confirms the overrun (ACCEPT; its council's paper where there is one). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void confirmOverrun(Long measureId, String member, Map<String, ?> variables, String actor) {
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
        Settlement settlement = settlement(measureId);
        SettlementShare share = settlement.share(member).orElseThrow();
        share.confirmOverrun(actor, clock.instant());
        measures.record(measures.get(measureId), actor, MeasureEventType.OVERRUN_CONFIRMED, Texts.text(
                "event.settlement.overrun", "member", members.nameOf(member), "owed", GermanFormat.money(
                        share.getOwedEur()), "ceiling", GermanFormat.money(share.getCeilingEur()))
                + (paper == null ? "" : Texts.text("event.settlement.paper", "paper", paper))
                + (comment == null ? "" : Texts.text("event.comment", "comment", comment)));
    }

    /** The transfers not yet paid (the payment round's collection). */
    @Transactional(readOnly = true)
    public List<Long> openTransfers(Long measureId) {
        return settlement(measureId).getTransfers().stream().filter(t -> !t.isPaid()).map(SettlementTransfer::getId)
                .toList();
    }

    /** The payer of a transfer (its group confirms the payment). */
    @Transactional(readOnly = true)
    public TransferView transfer(Long measureId, Long transferId) {
        return TransferView.of(settlement(measureId).transfer(transferId).orElseThrow());
    }

    /**
     * The payments are requested (every overrun is confirmed): due a payment period from today, the same day
     * for every payer — also when the round is entered again after a retry.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Date requestPayments(Long measureId) {
        Settlement settlement = settlement(measureId);
        return Dates.at(settlement.requestPayments(workingDays.onOrAfter(Dates.today().plus(
                properties.paymentPeriod()))), LocalTime.of(8, 0));
    }

    /** The payer is asked to pay and confirm: mail with its Kostenerstattungsanforderung attached. */
    @Transactional(propagation = Propagation.MANDATORY)
    public PaymentRequest paymentRequested(Long measureId, Long transferId, String taskId) {
        Settlement settlement = settlement(measureId);
        Measure measure = measures.get(measureId);
        SettlementTransfer transfer = settlement.transfer(transferId).orElseThrow();
        mails.paymentRequested(measure, transfer, taskId, settlement.getPaymentDue(),
                letters.render(measure, settlement, transfer.getPayer()));
        return new PaymentRequest(TransferView.of(transfer), members.nameOf(transfer.getPayee()),
                bankAccounts.text(transfer), ClaimLetters.path(measure, transfer.getPayer()));
    }

    /** What the payment form shows: the transfer, the payee, its bank account, where the claim letter is. */
    public record PaymentRequest(TransferView transfer, String payeeName, String bankAccountText, String claimPath) {
    }

    /**
     * The payer confirms its payment: the day (not before the settlement opened, not in the future) and its
     * booking reference. A transfer already confirmed is refused (German 400).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void confirmPayment(Long measureId, Long transferId, Map<String, ?> variables, String actor) {
        Settlement settlement = settlement(measureId);
        SettlementTransfer transfer = settlement.transfer(transferId).orElseThrow();
        var errors = new LinkedHashMap<String, String>();
        if (transfer.isPaid()) {
            errors.put(PAYMENT_DATE, Texts.text("settlement.payment.twice", "date",
                    GermanFormat.date(transfer.getPaidOn())));
            ValidationProblem.throwIfAny(errors);
        }
        LocalDate paidOn = Inputs.date(variables.get(PAYMENT_DATE), PAYMENT_DATE, Texts.text(
                "settlement.payment.date-what"), errors);
        LocalDate opened = GermanFormat.day(settlement.getOpenedAt());
        if (paidOn != null && paidOn.isBefore(opened)) {
            errors.put(PAYMENT_DATE, Texts.text("settlement.payment.before-settlement", "opened",
                    GermanFormat.date(opened)));
        } else if (paidOn != null && paidOn.isAfter(Dates.today())) {
            errors.put(PAYMENT_DATE, Texts.text("settlement.cost.date-future"));
        }
        String reference = Inputs.text(variables.get(PAYMENT_REFERENCE));
        if (reference != null && reference.length() > PAYMENT_REFERENCE_LENGTH) {
            errors.put(PAYMENT_REFERENCE, Texts.text("settlement.reference-too-long", "max", GermanFormat.integer(PAYMENT_REFERENCE_LENGTH)));
        }
        String comment = comment(variables, errors);
        ValidationProblem.throwIfAny(errors);
        transfer.paid(paidOn, reference, actor, clock.instant());
        Measure measure = measures.get(measureId);
        measures.record(measure, actor, MeasureEventType.PAYMENT_CONFIRMED, Texts.text("event.settlement.paid",
                "payer", members.nameOf(transfer.getPayer()), "payeeObject", members.find(transfer.getPayee())
                        .map(Member::accusative).orElse(transfer.getPayee()),
                "amount", GermanFormat.money(transfer.getAmountEur()), "date", GermanFormat.date(paidOn),
                "cashReference", transfer.getCashReference()) + (comment == null ? ""
                        : Texts.text("event.comment", "comment", comment)));
        mails.paymentConfirmed(measure, transfer);
    }

    /** Every transfer is paid: SETTLED, the actual figures on the measure (its synergy is measured now). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void settle(Long measureId) {
        Settlement settlement = settlement(measureId);
        if (settlement.getStatus() != Settlement.Status.OPEN || !settlement.allPaid()) {
            // only a manual move in Cockpit gets here early: an incident rather than a false SETTLED
            throw new IllegalStateException("Settlement of measure " + measureId + " is not open or not all paid");
        }
        settlement.settle(clock.instant());
        SynergyEstimate saved = synergy.measured(measures.get(measureId), settlement.getNetActualCostEur());
        Measure measure = measures.settled(measureId, settlement.getActualCostEur(),
                settlement.getFundingReceivedEur(), settlement.getNetActualCostEur(), saved.moneySavedEur(),
                Texts.text("event.settlement.settled", "net", GermanFormat.money(settlement.getNetActualCostEur())));
        mails.settled(measure, settlement, saved);
    }

    /** The settlement of a measure the caller may read; 404 before it is opened. */
    @Transactional(readOnly = true)
    public SettlementView view(String reference, Viewer viewer) {
        Measure measure = measures.find(reference, viewer).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, Texts.text("settlement.measure.unknown")));
        return find(measure.getId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                Texts.text("settlement.not-yet")));
    }

    /** The settlement of a measure, if opened. */
    @Transactional(readOnly = true)
    public Optional<SettlementView> find(Long measureId) {
        return settlements.findById(measureId).map(s -> new SettlementView(s.getStatus().name(),
                s.getActualCostEur(), s.getFundingReceivedEur(), s.getNetActualCostEur(), s.getOpenedAt(),
                s.getSettledAt(), s.getShares().stream().map(share -> memberView(s, share)).toList(),
                s.getTransfers().stream().map(TransferView::of).toList()));
    }

    /**
     * The Kostenerstattungsanforderung of a member as PDF: for the member itself, the lead member, the
     * coordinator and admin; other towns 403.
     */
    @Transactional(readOnly = true)
    public ClaimLetters.Document claim(String reference, String member, String userId, Collection<String> groups) {
        var viewer = Viewer.of(userId, groups);
        Measure measure = measures.find(reference, viewer).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, Texts.text("settlement.measure.unknown")));
        boolean allowed = groups.contains(Groups.COORDINATOR) || groups.contains(Groups.ADMIN)
                || viewer.members().contains(member) || viewer.members().contains(measure.getLeadMember());
        if (!allowed) {
            throw new ForbiddenProblem(Texts.text("settlement.claim.forbidden"));
        }
        Settlement settlement = settlements.findById(measure.getId()).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, Texts.text("settlement.not-yet")));
        if (settlement.share(member).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, Texts.text("settlement.claim.no-signer"));
        }
        return new ClaimLetters.Document(ClaimLetters.fileName(measure, member),
                letters.render(measure, settlement, member));
    }

    private MemberView memberView(Settlement settlement, SettlementShare share) {
        BigDecimal paid = share.getOutlayEur();
        for (SettlementTransfer t : settlement.getTransfers()) {
            if (t.isPaid() && t.getPayer().equals(share.getMember())) {
                paid = paid.add(t.getAmountEur());
            } else if (t.isPaid() && t.getPayee().equals(share.getMember())) {
                paid = paid.subtract(t.getAmountEur());
            }
        }
        return new MemberView(share.getMember(), share.getOwedEur(), paid, paid.subtract(share.getOwedEur()),
                share.getCeilingEur(), share.getOutlayEur(), share.getOverrunConfirmedBy());
    }

    private Date due(Settlement settlement) {
        return Dates.at(workingDays.onOrAfter(GermanFormat.day(settlement.getOpenedAt())
                .plus(properties.paymentPeriod())), LocalTime.of(8, 0));
    }

    private Settlement settlement(Long measureId) {
        return settlements.findById(measureId).orElseThrow(() -> new IllegalStateException(
                "No settlement for measure " + measureId));
    }

    private static String comment(Map<String, ?> variables, Map<String, String> errors) {
        String comment = Inputs.text(variables.get(COMMENT));
        if (comment != null && comment.length() > TextLimits.TEXT) {
            errors.put(COMMENT, Texts.text("settlement.comment-too-long", "max", GermanFormat.integer(TextLimits.TEXT)));
        }
        return comment;
    }
}
