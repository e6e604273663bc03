package de.akn.workflow.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import de.akn.workflow.common.Apportionment;
import de.akn.workflow.settlement.SettlementSplit.Position;
import de.akn.workflow.settlement.SettlementSplit.Transfer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The settlement's arithmetic without the engine: transfers through the lead member, to the cent. */
class SettlementSplitTest {

    @Test
    void shouldLetTheOthersReimburseTheLeadThatPaidEverything() {
        var transfers = SettlementSplit.transfers("kaarst", List.of(position("kaarst", "1939.21", "7333.33"),
                position("dormagen", "2897.67", "0"), position("meerbusch", "2496.45", "0")));
        assertThat(transfers).containsExactly(new Transfer("dormagen", "kaarst", new BigDecimal("2897.67")),
                new Transfer("meerbusch", "kaarst", new BigDecimal("2496.45")));
    }

    @Test
    void shouldLetTheLeadPayASignerThatLaidOutMoreThanItsShare() {
        var transfers = SettlementSplit.transfers("kaarst", List.of(position("kaarst", "2966.67", "2000.00"),
                position("dormagen", "2966.67", "4000.00"), position("meerbusch", "2966.66", "2900.00")));
        assertThat(transfers).containsExactly(new Transfer("kaarst", "dormagen", new BigDecimal("1033.33")),
                new Transfer("meerbusch", "kaarst", new BigDecimal("66.66")));
    }

    @Test
    void shouldNeedNoTransferForABalancedSignerOrALoneSigner() {
        assertThat(SettlementSplit.transfers("kaarst", List.of(position("kaarst", "100.00", "60.00"),
                position("dormagen", "50.00", "50.00"), position("meerbusch", "10.00", "50.00")))).containsExactly(
                        new Transfer("kaarst", "meerbusch", new BigDecimal("40.00")));
        assertThat(SettlementSplit.transfers("kaarst", List.of(position("kaarst", "500.00", "500.00")))).isEmpty();
    }

    /**
     * Property: whatever the towns laid out, once the net cost is split by the key and the transfers are paid,
     * every signer has borne exactly its share — no cent lost or made, every transfer through the lead.
     */
    @ParameterizedTest(name = "{0} signers, {1} EUR")
    @CsvSource({"2, 0.01", "2, 7333.33", "3, 0.05", "4, 999999.99", "5, 1234.57", "6, 7.77", "7, 12000.00",
        "8, 100000.03", "8, 0.07"})
    void everySignerEndsUpHavingBorneExactlyItsShare(int signerCount, String net) {
        var random = new Random(signerCount * 17L + net.hashCode());
        var populations = new ArrayList<BigDecimal>();
        for (int i = 0; i < signerCount; i++) {
            populations.add(BigDecimal.valueOf(5000 + random.nextInt(150000)));
        }
        BigDecimal total = new BigDecimal(net);
        List<BigDecimal> shares = Apportionment.cents(total, populations);
        // the outlays are a random partition of the same total, in cents
        List<BigDecimal> outlays = randomPartition(total, signerCount, random);
        var positions = new ArrayList<Position>();
        for (int i = 0; i < signerCount; i++) {
            positions.add(new Position("m" + i, shares.get(i), outlays.get(i)));
        }
        assertThat(positions.stream().map(Position::owedEur).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(total);

        String lead = "m" + random.nextInt(signerCount);
        List<Transfer> transfers = SettlementSplit.transfers(lead, positions);

        Map<String, BigDecimal> borne = new HashMap<>();
        positions.forEach(p -> borne.put(p.member(), p.outlayEur()));
        for (Transfer transfer : transfers) {
            assertThat(transfer.amountEur().signum()).isPositive();
            assertThat(transfer.amountEur().scale()).isEqualTo(2);
            assertThat(List.of(transfer.payer(), transfer.payee())).contains(lead).doesNotHaveDuplicates();
            borne.merge(transfer.payer(), transfer.amountEur(), BigDecimal::add);
            borne.merge(transfer.payee(), transfer.amountEur().negate(), BigDecimal::add);
        }
        for (Position position : positions) {
            assertThat(borne.get(position.member())).as(position.member()).isEqualByComparingTo(position.owedEur());
        }
        assertThat(transfers).hasSizeLessThanOrEqualTo(signerCount - 1);
    }

    private static List<BigDecimal> randomPartition(BigDecimal total, int parts, Random random) {
        long cents = total.movePointRight(2).longValueExact();
        var result = new ArrayList<BigDecimal>();
        long left = cents;
        for (int i = 0; i < parts - 1; i++) {
            long part = random.nextInt(3) == 0 ? 0 : (long) (random.nextDouble() * left);
            result.add(BigDecimal.valueOf(part, 2));
            left -= part;
        }
        result.add(BigDecimal.valueOf(left, 2));
        return result;
    }

    private static Position position(String member, String owed, String outlay) {
        return new Position(member, new BigDecimal(owed), new BigDecimal(outlay).setScale(2));
    }
}
