package de.akn.workflow.common;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Splitting amounts in whole units (cents, tenths of a day) so that the parts add up exactly: the
 * one place for the alliance's rounding. Shares of a measure, a share per budget year, a settlement.
 */
public final class Apportionment {

    private Apportionment() {
    }

    /**
     * Hamilton's method (largest remainder): the floor of each quota, then one unit each to the largest
     * remainders, ties to the first in the given order. Weights that are all zero count as equal.
     */
    public static List<BigInteger> largestRemainder(BigInteger total, List<BigInteger> weights) {
        if (weights.isEmpty()) {
            return List.of();
        }
        List<BigInteger> w = weights.stream().allMatch(x -> x.signum() == 0)
                ? weights.stream().map(x -> BigInteger.ONE).toList() : weights;
        BigInteger weightSum = w.stream().reduce(BigInteger.ZERO, BigInteger::add);
        List<BigInteger> floors = new ArrayList<>();
        List<BigInteger> remainders = new ArrayList<>();
        for (BigInteger weight : w) {
            BigInteger[] division = total.multiply(weight).divideAndRemainder(weightSum);
            floors.add(division[0]);
            remainders.add(division[1]);
        }
        BigInteger left = total.subtract(floors.stream().reduce(BigInteger.ZERO, BigInteger::add));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, BigInteger>comparing(remainders::get).reversed());
        for (int k = 0; k < left.intValueExact(); k++) {
            int i = order.get(k);
            floors.set(i, floors.get(i).add(BigInteger.ONE));
        }
        return floors;
    }

    /** An amount in euros split by the weights, to the cent (see {@link #largestRemainder}). */
    public static List<BigDecimal> cents(BigDecimal total, List<BigDecimal> weights) {
        BigInteger units = toCents(total);
        int scale = weights.stream().mapToInt(BigDecimal::scale).max().orElse(0);
        List<BigInteger> w = weights.stream().map(x -> x.setScale(Math.max(scale, 0), RoundingMode.UNNECESSARY)
                .unscaledValue().max(BigInteger.ZERO)).toList();
        return largestRemainder(units, w).stream().map(c -> new BigDecimal(c, 2)).toList();
    }

    /**
     * Controlled rounding of a table whose row and column totals are given in whole units: each cell is
     * the floor or the ceiling of its exact value {@code row × column ÷ total}, every row adds up to its
     * total and every column to its total. (The exact table has these sums, and rounding it this way
     * always exists — the table of the possible +1 is a flow problem, solved here with augmenting paths,
     * the largest remainders first.)
     *
     * @throws IllegalArgumentException if the row and column totals do not have the same sum
     */
    public static long[][] table(long[] rows, long[] columns) {
        long grand = Arrays.stream(rows).sum();
        if (grand != Arrays.stream(columns).sum()) {
            throw new IllegalArgumentException("Row totals " + grand + " and column totals "
                    + Arrays.stream(columns).sum() + " differ");
        }
        long[][] cells = new long[rows.length][columns.length];
        if (grand == 0) {
            return cells;
        }
        BigInteger g = BigInteger.valueOf(grand);
        BigInteger[][] remainder = new BigInteger[rows.length][columns.length];
        long[] rowLeft = rows.clone();
        long[] columnLeft = columns.clone();
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < columns.length; j++) {
                BigInteger[] qr = BigInteger.valueOf(rows[i]).multiply(BigInteger.valueOf(columns[j]))
                        .divideAndRemainder(g);
                cells[i][j] = qr[0].longValueExact();
                remainder[i][j] = qr[1];
                rowLeft[i] -= cells[i][j];
                columnLeft[j] -= cells[i][j];
            }
        }
        // the units left: a 0/1 table with these row and column sums, only where a remainder exists
        boolean[][] plus = new boolean[rows.length][columns.length];
        List<int[]> candidates = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < columns.length; j++) {
                if (remainder[i][j].signum() > 0) {
                    candidates.add(new int[] {i, j});
                }
            }
        }
        candidates.sort(Comparator.<int[], BigInteger>comparing(c -> remainder[c[0]][c[1]]).reversed());
        for (int[] c : candidates) {
            if (rowLeft[c[0]] > 0 && columnLeft[c[1]] > 0) {
                plus[c[0]][c[1]] = true;
                rowLeft[c[0]]--;
                columnLeft[c[1]]--;
            }
        }
        for (int i = 0; i < rows.length; i++) {
            while (rowLeft[i] > 0) {
                if (!augment(i, plus, remainder, rowLeft, columnLeft)) {
                    throw new IllegalStateException("No rounding found (cannot happen for consistent totals)");
                }
            }
        }
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < columns.length; j++) {
                if (plus[i][j]) {
                    cells[i][j]++;
                }
            }
        }
        return cells;
    }

    /**
     * One more unit for row {@code start}: a path row → column (not yet +1) → row (that has +1 there) → …
     * ending in a column with units left; the +1 along it are flipped.
     */
    private static boolean augment(int start, boolean[][] plus, BigInteger[][] remainder, long[] rowLeft,
            long[] columnLeft) {
        int rows = plus.length;
        int columns = plus[0].length;
        int[] columnFrom = new int[columns];
        int[] rowFrom = new int[rows];
        Arrays.fill(columnFrom, -1);
        Arrays.fill(rowFrom, -1);
        rowFrom[start] = start;
        var queue = new ArrayDeque<Integer>();
        queue.add(start);
        while (!queue.isEmpty()) {
            int i = queue.poll();
            for (int j = 0; j < columns; j++) {
                if (columnFrom[j] >= 0 || plus[i][j] || remainder[i][j].signum() == 0) {
                    continue;
                }
                columnFrom[j] = i;
                if (columnLeft[j] > 0) {
                    // flip along the path back to the start
                    int column = j;
                    int row = i;
                    while (true) {
                        plus[row][column] = true;
                        if (row == start) {
                            break;
                        }
                        int previousColumn = rowFrom[row];
                        plus[row][previousColumn] = false;
                        column = previousColumn;
                        row = columnFrom[column];
                    }
                    rowLeft[start]--;
                    columnLeft[j]--;
                    return true;
                }
                for (int k = 0; k < rows; k++) {
                    if (rowFrom[k] < 0 && plus[k][j]) {
                        rowFrom[k] = j;
                        queue.add(k);
                    }
                }
            }
        }
        return false;
    }

    private static BigInteger toCents(BigDecimal amount) {
        return amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toBigIntegerExact();
    }
}
