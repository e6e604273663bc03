package de.akn.workflow.cosigning;

import de.akn.workflow.measure.CostShare;
import de.akn.workflow.measure.CostSplit;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a measure's cost and staff days among its signers, equally or weighted by
 * population, in whole units (cents, tenths of a day) that add up exactly to the total:
 * largest-remainder rounding (Hamilton), ties to the first signer in the given order.
 */
final class CostShares {

    private CostShares() {
    }

    /** A signer and its weight (population for POPULATION, ignored for EQUAL). */
    record Signer(String memberId, long population) {
    }

    static Map<String, CostShare> split(BigDecimal costEur, BigDecimal staffDays, CostSplit split,
            List<Signer> signers) {
        if (signers.isEmpty()) {
            return Map.of();
        }
        List<BigInteger> weights = signers.stream().map(s -> split == CostSplit.EQUAL || allZero(signers)
                ? BigInteger.ONE : BigInteger.valueOf(Math.max(0, s.population()))).toList();
        List<BigInteger> cents = apportion(costEur.movePointRight(2).setScale(0, RoundingMode.HALF_UP)
                .toBigIntegerExact(), weights);
        List<BigInteger> tenths = apportion(staffDays.movePointRight(1).setScale(0, RoundingMode.HALF_UP)
                .toBigIntegerExact(), weights);
        var result = new LinkedHashMap<String, CostShare>();
        for (int i = 0; i < signers.size(); i++) {
            result.put(signers.get(i).memberId(), new CostShare(new BigDecimal(cents.get(i), 2),
                    new BigDecimal(tenths.get(i), 1)));
        }
        return result;
    }

    private static boolean allZero(List<Signer> signers) {
        return signers.stream().allMatch(s -> s.population() <= 0);
    }

    /** Hamilton's method on integers: floor of each quota, the rest to the largest remainders. */
    static List<BigInteger> apportion(BigInteger total, List<BigInteger> weights) {
        BigInteger weightSum = weights.stream().reduce(BigInteger.ZERO, BigInteger::add);
        List<BigInteger> floors = new ArrayList<>();
        List<BigInteger> remainders = new ArrayList<>();
        for (BigInteger weight : weights) {
            BigInteger[] division = total.multiply(weight).divideAndRemainder(weightSum);
            floors.add(division[0]);
            remainders.add(division[1]);
        }
        BigInteger left = total.subtract(floors.stream().reduce(BigInteger.ZERO, BigInteger::add));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, BigInteger>comparing(remainders::get).reversed());
        for (int k = 0; k < left.intValueExact(); k++) {
            int i = order.get(k);
            floors.set(i, floors.get(i).add(BigInteger.ONE));
        }
        return floors;
    }
}
