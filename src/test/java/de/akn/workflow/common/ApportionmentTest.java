package de.akn.workflow.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class ApportionmentTest {

    private static final Random RANDOM = new Random(20271);

    @Test
    void shouldGiveTheOddCentsToTheLargestRemainders() {
        assertThat(Apportionment.cents(new BigDecimal("100.00"), List.of(BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE))).containsExactly(new BigDecimal("33.34"), new BigDecimal("33.33"),
                new BigDecimal("33.33"));
        assertThat(Apportionment.cents(new BigDecimal("10.00"), List.of(new BigDecimal("6000.00"),
                new BigDecimal("4000.00")))).containsExactly(new BigDecimal("6.00"), new BigDecimal("4.00"));
    }

    @Test
    void shouldSplitEquallyWhenAllWeightsAreZero() {
        assertThat(Apportionment.cents(new BigDecimal("0.05"), List.of(BigDecimal.ZERO, BigDecimal.ZERO)))
                .containsExactly(new BigDecimal("0.03"), new BigDecimal("0.02"));
    }

    @Test
    void shouldRoundATableOfSharesPerBudgetYear() {
        // 3 towns' shares of 100.00 EUR over two budget years of 50.00 EUR each
        long[][] table = Apportionment.table(new long[] {3334, 3333, 3333}, new long[] {5000, 5000});
        assertThat(table[0][0] + table[0][1]).isEqualTo(3334);
        assertThat(table[0][0] + table[1][0] + table[2][0]).isEqualTo(5000);
        assertThat(table[1]).containsExactly(1667, 1666);
    }

    @Test
    void shouldRefuseTotalsThatDoNotMatch() {
        assertThatThrownBy(() -> Apportionment.table(new long[] {1}, new long[] {2}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** For random sizes (2–8 towns, 1–6 budget years) and awkward amounts: exact sums, each cell within a cent. */
    @RepeatedTest(500)
    void everyRowAndColumnAddsUpAndNoCellIsMoreThanACentOff() {
        int towns = 2 + RANDOM.nextInt(7);
        int years = 1 + RANDOM.nextInt(6);
        long total = RANDOM.nextInt(4) == 0 ? RANDOM.nextInt(20) : (long) (RANDOM.nextDouble() * 1_000_000_00L);
        long[] rows = units(total, towns);
        long[] columns = units(total, years);
        long[][] table = Apportionment.table(rows, columns);
        for (int i = 0; i < towns; i++) {
            assertThat(Arrays.stream(table[i]).sum()).isEqualTo(rows[i]);
        }
        for (int j = 0; j < years; j++) {
            long column = 0;
            for (int i = 0; i < towns; i++) {
                double exact = total == 0 ? 0 : (double) rows[i] * columns[j] / total;
                assertThat(table[i][j]).isBetween((long) Math.floor(exact), (long) Math.ceil(exact));
                column += table[i][j];
            }
            assertThat(column).isEqualTo(columns[j]);
        }
    }

    /** {@code total} cut into {@code parts} random non-negative parts. */
    private static long[] units(long total, int parts) {
        var weights = new java.util.ArrayList<BigInteger>();
        for (int i = 0; i < parts; i++) {
            weights.add(BigInteger.valueOf(RANDOM.nextInt(3) == 0 ? 0 : RANDOM.nextInt(100_000)));
        }
        return Apportionment.largestRemainder(BigInteger.valueOf(total), weights).stream()
                .mapToLong(BigInteger::longValueExact).toArray();
    }
}
