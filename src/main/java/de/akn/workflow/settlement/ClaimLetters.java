package de.akn.workflow.settlement;

import de.akn.workflow.common.AllianceProperties;
import de.akn.workflow.common.Dates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Texts;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureFacts;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.pdf.PdfProperties;
import de.akn.workflow.pdf.XhtmlPdf;
import de.akn.workflow.settlement.internal.Settlement;
import de.akn.workflow.settlement.internal.SettlementShare;
import de.akn.workflow.settlement.internal.SettlementTransfer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The Kostenerstattungsanforderung of a member as PDF ({@code templates/settlement/claim.xhtml}): a letter to
 * the member with the measure, the split, the amount, the Kassenzeichen as Verwendungszweck and the payee's
 * bank details from its member data — or, for a member that only receives, the overview of what it receives.
 */
@Component
public class ClaimLetters {

    private final XhtmlPdf pdf;
    private final AllianceProperties properties;
    private final MemberService members;

    ClaimLetters(AllianceProperties properties, PdfProperties pdfSettings, MemberService members) {
        this.pdf = new XhtmlPdf("templates/settlement/", pdfSettings.fontDirectory());
        this.properties = properties;
        this.members = members;
    }

    /** A document to download: its file name and content. */
    public record Document(String fileName, byte[] content) {
    }

    /** "Kostenerstattung-AKN-2026-001-dormagen.pdf". */
    static String fileName(Measure measure, String member) {
        return Texts.text("settlement.claim.file", "reference", measure.getReference(), "member", member);
    }

    /** Where the member's claim letter is in the API. */
    static String path(Measure measure, String member) {
        return "/api/measures/" + measure.getReference() + "/settlement/" + member + ".pdf";
    }

    byte[] render(Measure measure, Settlement settlement, String member) {
        return pdf.render("claim", model(measure, settlement, member));
    }

    Map<String, Object> model(Measure measure, Settlement settlement, String memberId) {
        Member member = members.find(memberId).orElseThrow();
        var model = new HashMap<String, Object>();
        model.put("alliance", properties.name() + " (" + properties.shortName() + ")");
        model.put("allianceShort", properties.shortName());
        model.put("recipient", member.getName());
        model.put("recipientAccusative", member.accusative());
        model.put("due", settlement.getPaymentDue() == null ? null : GermanFormat.date(settlement.getPaymentDue()));
        model.put("date", GermanFormat.date(Dates.today()));
        var facts = MeasureFacts.of(measure, members::nameOf);
        model.put("reference", facts.reference());
        model.put("title", facts.title());
        model.put("period", facts.period());
        model.put("costSplit", facts.costSplit());
        model.put("actual", GermanFormat.money(settlement.getActualCostEur()));
        model.put("received", GermanFormat.money(settlement.getFundingReceivedEur()));
        model.put("net", GermanFormat.money(settlement.getNetActualCostEur()));
        var rows = new ArrayList<String[]>();
        for (SettlementShare share : settlement.getShares()) {
            rows.add(new String[] {members.nameOf(share.getMember()), GermanFormat.money(share.getOwedEur()),
                    GermanFormat.money(share.getOutlayEur()), GermanFormat.money(share.getOutlayEur()
                            .subtract(share.getOwedEur()))});
        }
        model.put("split", rows);
        SettlementShare own = settlement.share(memberId).orElseThrow();
        model.put("owed", GermanFormat.money(own.getOwedEur()));
        model.put("outlay", GermanFormat.money(own.getOutlayEur()));
        List<SettlementTransfer> paying = settlement.getTransfers().stream()
                .filter(t -> t.getPayer().equals(memberId)).toList();
        List<SettlementTransfer> receiving = settlement.getTransfers().stream()
                .filter(t -> t.getPayee().equals(memberId)).toList();
        model.put("claims", paying.stream().map(t -> claim(t)).toList());
        model.put("incoming", receiving.stream().map(t -> new String[] {members.nameOf(t.getPayer()),
                GermanFormat.money(t.getAmountEur()), t.getCashReference(),
                t.isPaid() ? GermanFormat.date(t.getPaidOn()) : "offen"}).toList());
        return model;
    }

    /** One claim: who is paid how much, under which Kassenzeichen, to which account. */
    private Map<String, String> claim(SettlementTransfer transfer) {
        Member payee = members.find(transfer.getPayee()).orElseThrow();
        var account = transfer.getPayeeAccount();
        var claim = new HashMap<String, String>();
        claim.put("payee", payee.getName());
        claim.put("payeeAccusative", payee.accusative());
        claim.put("payeeGenitive", payee.genitive());
        claim.put("amount", GermanFormat.money(transfer.getAmountEur()));
        claim.put("cashReference", transfer.getCashReference());
        claim.put("purpose", Texts.text("settlement.claim.purpose", "cashReference", transfer.getCashReference()));
        claim.put("iban", account == null ? null : account.iban());
        claim.put("bic", account == null ? null : account.bic());
        claim.put("bank", account == null ? null : account.bankName());
        claim.put("paidOn", transfer.isPaid() ? GermanFormat.date(transfer.getPaidOn()) : null);
        return claim;
    }
}
