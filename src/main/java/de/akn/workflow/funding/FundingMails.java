package de.akn.workflow.funding;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Links;
import de.akn.workflow.measure.Funding;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureMail;
import de.akn.workflow.measure.MeasureMails;
import de.akn.workflow.measure.MoneyTexts;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.notification.Recipients;
import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Who gets which mail about a measure's funding (wording: {@code templates/mail/messages_de.properties}). */
@Component
class FundingMails {

    private final MeasureMails mails;
    private final Recipients recipients;
    private final Links links;

    FundingMails(MeasureMails mails, Recipients recipients, Links links) {
        this.mails = mails;
        this.recipients = recipients;
        this.links = links;
    }

    /** The lead member: apply by the deadline (with the deadline as calendar entry). */
    void applicationRequested(Measure measure, Funding funding, String taskId) {
        String url = links.tasklist(taskId);
        var values = values(funding);
        mails.send(measure, recipients.member(measure.getLeadMember()), "task/" + taskId + "/funding-application",
                with(MeasureMail.of("funding-application-requested"), values).link(url)
                        .calendar(mails.calendar("funding-" + measure.getReference() + "-" + funding.getId() + "@akn",
                                funding.getApplicationDeadline(), measure, "funding-application-requested", values, url)));
    }

    /** The lead member: the deadline comes closer ({@code before} it). */
    void applicationReminder(Measure measure, Funding funding, Period before) {
        mails.send(measure, recipients.member(measure.getLeadMember()), "measure/" + measure.getId() + "/funding/"
                + funding.getId() + "/reminder/" + before, with(MeasureMail.of("funding-application-reminder"),
                values(funding)).link(links.tasklist(null)));
    }

    /**
     * The signers and the coordinators: the decisions, the net cost and every signer's share (before and now,
     * per budget year); whether a signer must confirm a larger share first.
     */
    void concluded(Measure measure, Map<String, BigDecimal> previousShares, boolean confirmationNeeded) {
        var details = new ArrayList<String>();
        measure.getFunding().forEach(f -> details.add(MoneyTexts.funding(f)));
        for (Participation p : measure.signers()) {
            BigDecimal before = previousShares.get(p.getMemberId());
            details.add(mails.line("share-after-funding", Map.of("member", mails.memberName(p.getMemberId()),
                    "cost", GermanFormat.money(p.getCostShareEur()), "before", GermanFormat.money(before),
                    "years", MoneyTexts.years(p.getCostSharesByYear()))));
        }
        BigDecimal sumBefore = previousShares.values().stream().filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        String kind = measure.netCostEur().compareTo(sumBefore) > 0
                ? confirmationNeeded ? "funding-concluded-confirm" : "funding-concluded-higher"
                : "funding-concluded";
        var involved = measure.signers().stream().map(Participation::getMemberId).toList();
        mails.send(measure, recipients.membersAndCoordinators(involved),
                "measure/" + measure.getId() + "/funding-concluded",
                MeasureMail.of(kind).with("netCost", GermanFormat.money(measure.netCostEur()))
                        .with("netCostBefore", GermanFormat.money(sumBefore)).details(details));
    }

    /** Everyone involved and the coordinators: after the funding decision the measure is not carried. */
    void notAdopted(Measure measure, int minSigners) {
        List<String> shares = measure.getParticipations().stream().map(p -> mails.line("decision", Map.of(
                "member", mails.memberName(p.getMemberId()), "status", p.getStatus().label()))).toList();
        var involved = measure.getParticipations().stream().map(Participation::getMemberId).toList();
        mails.send(measure, recipients.membersAndCoordinators(involved), "measure/" + measure.getId()
                + "/funding-not-adopted", MeasureMail.of("measure-not-adopted-funding").with("minSigners", minSigners)
                .with("netCost", GermanFormat.money(measure.netCostEur())).details(shares));
    }

    private static Map<String, Object> values(Funding funding) {
        return Map.of("programme", funding.getProgrammeName(), "rate", GermanFormat.number(funding.getRatePercent()),
                "amount", GermanFormat.money(funding.getAmountEur()), "deadline",
                GermanFormat.date(funding.getApplicationDeadline()));
    }

    private static MeasureMail with(MeasureMail mail, Map<String, Object> values) {
        MeasureMail result = mail;
        for (var entry : values.entrySet()) {
            result = result.with(entry.getKey(), entry.getValue());
        }
        return result;
    }
}
