package de.akn.workflow.settlement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of a settlement, without the database: each signer owes its share of the net actual cost
 * and laid out what it paid less the funding it received; the lead member is the clearing point — a signer
 * that laid out less than it owes pays the difference to the lead, the lead pays a signer that laid out more.
 * After all transfers every signer has borne exactly its share.
 */
public final class SettlementSplit {

    private SettlementSplit() {
    }

    /** A signer's position: its share of the net actual cost and its own outlay (costs paid less funding received). */
    public record Position(String member, BigDecimal owedEur, BigDecimal outlayEur) {

        public BigDecimal balanceEur() {
            return outlayEur.subtract(owedEur);
        }
    }

    /** A reimbursement from one member to another. */
    public record Transfer(String payer, String payee, BigDecimal amountEur) {
    }

    /** The transfers that settle the positions through the lead member (none for a balance of 0). */
    public static List<Transfer> transfers(String lead, List<Position> positions) {
        var transfers = new ArrayList<Transfer>();
        for (Position position : positions) {
            if (position.member().equals(lead)) {
                continue;
            }
            BigDecimal balance = position.balanceEur();
            if (balance.signum() < 0) {
                transfers.add(new Transfer(position.member(), lead, balance.negate()));
            } else if (balance.signum() > 0) {
                transfers.add(new Transfer(lead, position.member(), balance));
            }
        }
        return transfers;
    }
}
