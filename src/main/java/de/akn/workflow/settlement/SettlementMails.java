package de.akn.workflow.settlement;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Links;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureMail;
import de.akn.workflow.measure.MeasureMails;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.measure.SynergyEstimate;
import de.akn.workflow.notification.MailAttachment;
import de.akn.workflow.notification.Recipients;
import de.akn.workflow.settlement.internal.Settlement;
import de.akn.workflow.settlement.internal.SettlementShare;
import de.akn.workflow.settlement.internal.SettlementTransfer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Who gets which mail about a settlement (wording: {@code templates/mail/messages_de.properties}). */
@Component
class SettlementMails {

    private final MeasureMails mails;
    private final Recipients recipients;
    private final Links links;

    SettlementMails(MeasureMails mails, Recipients recipients, Links links) {
        this.mails = mails;
        this.recipients = recipients;
        this.links = links;
    }

    /** The signers and the coordinators: the figures, every signer's share and outlay, the transfers. */
    void opened(Measure measure, Settlement settlement, Date due) {
        var details = new ArrayList<String>();
        for (SettlementShare share : settlement.getShares()) {
            details.add(mails.line("settlement-member", Map.of("member", mails.memberName(share.getMember()),
                    "owed", GermanFormat.money(share.getOwedEur()), "outlay", GermanFormat.money(share.getOutlayEur()))));
        }
        for (SettlementTransfer transfer : settlement.getTransfers()) {
            details.add(mails.line("settlement-transfer", Map.of("payerGenitive",
                    mails.memberGenitive(transfer.getPayer()), "payeeObject", mails.memberObject(transfer.getPayee()), "amount", GermanFormat.money(transfer.getAmountEur()),
                    "cashReference", transfer.getCashReference())));
        }
        mails.send(measure, recipients.membersAndCoordinators(signers(measure)), "measure/" + measure.getId()
                + "/settlement-opened", MeasureMail.of("settlement-opened")
                .with("actual", GermanFormat.money(settlement.getActualCostEur()))
                .with("received", GermanFormat.money(settlement.getFundingReceivedEur()))
                .with("net", GermanFormat.money(settlement.getNetActualCostEur()))
                .with("costSplit", measure.getCostSplit().label())
                .with("due", GermanFormat.date(Dates.day(due))).details(details));
    }

    void overrunRequested(Measure measure, SettlementShare share, String taskId, LocalDate due) {
        mails.send(measure, recipients.member(share.getMember()), "task/" + taskId + "/settlement-overrun",
                MeasureMail.of("settlement-overrun").with("memberGenitive", mails.memberGenitive(share.getMember()))
                        .with("owed", GermanFormat.money(share.getOwedEur()))
                        .with("ceiling", GermanFormat.money(share.getCeilingEur()))
                        .with("councilBody", mails.councilBody(share.getMember()))
                        .with("due", GermanFormat.date(due)).link(links.tasklist(taskId)));
    }

    /** The payer: pay by the due date, with its Kostenerstattungsanforderung attached. */
    void paymentRequested(Measure measure, SettlementTransfer transfer, String taskId, LocalDate due, byte[] claim) {
        mails.send(measure, recipients.member(transfer.getPayer()), "task/" + taskId + "/settlement-payment",
                MeasureMail.of("settlement-payment-requested")
                        .with("amount", GermanFormat.money(transfer.getAmountEur()))
                        .with("payeeObject", mails.memberObject(transfer.getPayee()))
                        .with("cashReference", transfer.getCashReference())
                        .with("due", GermanFormat.date(due)).link(links.tasklist(taskId))
                        .attach(MailAttachment.pdf(ClaimLetters.fileName(measure, transfer.getPayer()), claim)));
    }

    /** The payee: the payer says it has paid. */
    void paymentConfirmed(Measure measure, SettlementTransfer transfer) {
        mails.send(measure, recipients.member(transfer.getPayee()), "measure/" + measure.getId() + "/settlement-paid/"
                + transfer.getId(), MeasureMail.of("settlement-payment-confirmed")
                .with("payerSubject", mails.memberSubject(transfer.getPayer(), false))
                .with("amount", GermanFormat.money(transfer.getAmountEur()))
                .with("cashReference", transfer.getCashReference())
                .with("paidOn", GermanFormat.date(transfer.getPaidOn())));
    }

    /** The signers and the coordinators: settled, with the measured synergy. */
    void settled(Measure measure, Settlement settlement, SynergyEstimate synergy) {
        mails.send(measure, recipients.membersAndCoordinators(signers(measure)), "measure/" + measure.getId()
                + "/settled", MeasureMail.of("settlement-settled")
                .with("actual", GermanFormat.money(settlement.getActualCostEur()))
                .with("received", GermanFormat.money(settlement.getFundingReceivedEur()))
                .with("net", GermanFormat.money(settlement.getNetActualCostEur()))
                .with("saved", GermanFormat.money(synergy.moneySavedEur())).with("signers", synergy.signers()));
    }

    private static List<String> signers(Measure measure) {
        return measure.signers().stream().map(Participation::getMemberId).toList();
    }
}
