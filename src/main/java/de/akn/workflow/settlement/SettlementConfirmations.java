package de.akn.workflow.settlement;

import static de.akn.workflow.settlement.SettlementProcess.PAYMENT_DATE;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.measure.EventDetail;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureEventType;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.settlement.SettlementCommands.OverrunConfirmation;
import de.akn.workflow.settlement.SettlementCommands.PaymentConfirmation;
import de.akn.workflow.settlement.SettlementView.MemberView;
import de.akn.workflow.settlement.SettlementView.TransferView;
import de.akn.workflow.settlement.internal.Settlement;
import de.akn.workflow.settlement.internal.SettlementRepository;
import de.akn.workflow.settlement.internal.SettlementShare;
import de.akn.workflow.settlement.internal.SettlementTransfer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signers' tasks in {@code measure-settlement}: a signer above its ceiling confirms the overrun, each
 * payer confirms its transfer — each asked by mail, each confirmation recorded on the measure.
 */
@Service
public class SettlementConfirmations {

    private final SettlementRepository settlements;
    private final MeasureService measures;
    private final MemberService members;
    private final SettlementMails mails;
    private final ClaimLetters letters;
    private final SettlementBankAccounts bankAccounts;
    private final SettlementDeadlines deadlines;
    private final Clock clock;

    SettlementConfirmations(SettlementRepository settlements, MeasureService measures, MemberService members,
            SettlementMails mails, ClaimLetters letters, SettlementBankAccounts bankAccounts,
            SettlementDeadlines deadlines, Optional<Clock> clock) {
        this.settlements = settlements;
        this.measures = measures;
        this.members = members;
        this.mails = mails;
        this.letters = letters;
        this.bankAccounts = bankAccounts;
        this.deadlines = deadlines;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** What the payment form shows: the transfer, the payee, its bank account, where the claim letter is. */
    public record PaymentRequest(TransferView transfer, String payeeName, String bankAccountText, String claimPath) {
    }

    /** A signer above its ceiling is asked to confirm the overrun (with its council): mail, and the form's figures. */
    @Transactional(propagation = Propagation.MANDATORY)
    public MemberView overrunRequested(Long measureId, String member, String taskId) {
        Settlement settlement = settlements.require(measureId);
        SettlementShare share = settlement.share(member).orElseThrow();
        mails.overrunRequested(measures.get(measureId), share, taskId, Dates.day(deadlines.due(settlement)));
        return MemberView.of(settlement, share);
    }

    /** The signer confirms the overrun (its council's paper where there is one). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void confirmOverrun(Long measureId, String member, OverrunConfirmation command, String actor) {
        SettlementShare share = settlements.require(measureId).share(member).orElseThrow();
        share.confirmOverrun(actor, clock.instant());
        String paper = command.councilPaperReference();
        measures.record(measures.get(measureId), actor, MeasureEventType.OVERRUN_CONFIRMED, EventDetail.of(
                "event.settlement.overrun", "member", members.nameOf(member), "owed", GermanFormat.money(
                        share.getOwedEur()), "ceiling", GermanFormat.money(share.getCeilingEur()))
                .andIf(paper != null, "event.settlement.paper", "paper", paper)
                .withComment(command.comment()));
    }

    /** The payer is asked to pay and confirm: mail with its Kostenerstattungsanforderung attached. */
    @Transactional(propagation = Propagation.MANDATORY)
    public PaymentRequest paymentRequested(Long measureId, Long transferId, String taskId) {
        Settlement settlement = settlements.require(measureId);
        Measure measure = measures.get(measureId);
        SettlementTransfer transfer = settlement.transfer(transferId).orElseThrow();
        mails.paymentRequested(measure, transfer, taskId, settlement.getPaymentDue(),
                letters.render(measure, settlement, transfer.getPayer()));
        return new PaymentRequest(TransferView.of(transfer), members.nameOf(transfer.getPayee()),
                bankAccounts.text(transfer), ClaimLetters.path(measure, transfer.getPayer()));
    }

    /**
     * The payer confirms its payment: the day (not before the settlement opened, not in the future) and its
     * booking reference. A transfer already confirmed is refused (German 400).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void confirmPayment(Long measureId, Long transferId, PaymentConfirmation command, String actor) {
        Settlement settlement = settlements.require(measureId);
        SettlementTransfer transfer = settlement.transfer(transferId).orElseThrow();
        if (transfer.isPaid()) {
            throw ValidationProblem.of(PAYMENT_DATE, Texts.text("settlement.payment.twice", "date",
                    GermanFormat.date(transfer.getPaidOn())));
        }
        LocalDate paidOn = command.paidOn();
        LocalDate opened = GermanFormat.day(settlement.getOpenedAt());
        if (paidOn.isBefore(opened)) {
            throw ValidationProblem.of(PAYMENT_DATE, Texts.text("settlement.payment.before-settlement", "opened",
                    GermanFormat.date(opened)));
        } else if (paidOn.isAfter(Dates.today())) {
            throw ValidationProblem.of(PAYMENT_DATE, Texts.text("settlement.cost.date-future"));
        }
        transfer.paid(paidOn, command.paymentReference(), actor, clock.instant());
        Measure measure = measures.get(measureId);
        measures.record(measure, actor, MeasureEventType.PAYMENT_CONFIRMED, EventDetail.of("event.settlement.paid",
                "payer", members.nameOf(transfer.getPayer()), "payeeObject", members.find(transfer.getPayee())
                        .map(Member::accusative).orElse(transfer.getPayee()),
                "amount", GermanFormat.money(transfer.getAmountEur()), "date", GermanFormat.date(paidOn),
                "cashReference", transfer.getCashReference()).withComment(command.comment()));
        mails.paymentConfirmed(measure, transfer);
    }
}
