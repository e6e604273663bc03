package de.akn.workflow.settlement;

import de.akn.workflow.settlement.internal.Settlement;
import de.akn.workflow.settlement.internal.SettlementShare;
import de.akn.workflow.settlement.internal.SettlementTransfer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/measures/{reference}/settlement}. */
public record SettlementView(String status, BigDecimal actualCostEur, BigDecimal fundingReceivedEur,
        BigDecimal netActualCostEur, Instant openedAt, Instant settledAt, List<MemberView> members,
        List<TransferView> transfers) {

    static SettlementView of(Settlement s) {
        return new SettlementView(s.getStatus().name(), s.getActualCostEur(), s.getFundingReceivedEur(),
                s.getNetActualCostEur(), s.getOpenedAt(), s.getSettledAt(), s.getShares().stream()
                        .map(share -> MemberView.of(s, share)).toList(),
                s.getTransfers().stream().map(TransferView::of).toList());
    }

    /** A signer in the settlement resource (DESIGN.md). */
    public record MemberView(String member, BigDecimal owedEur, BigDecimal paidEur, BigDecimal balanceEur,
            BigDecimal ceilingEur, BigDecimal outlayEur, String overrunConfirmedBy) {

        /** Paid so far: its outlay, plus the transfers it paid, less those it received. */
        static MemberView of(Settlement settlement, SettlementShare share) {
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
    }

    /** A transfer between two members. */
    public record TransferView(Long id, String payer, String payee, BigDecimal amountEur, String cashReference,
            LocalDate paidOn, String paymentReference) {

        static TransferView of(SettlementTransfer t) {
            return new TransferView(t.getId(), t.getPayer(), t.getPayee(), t.getAmountEur(), t.getCashReference(),
                    t.getPaidOn(), t.getPaymentReference());
        }
    }
}
