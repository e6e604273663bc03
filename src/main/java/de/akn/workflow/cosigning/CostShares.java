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
 * By population, the Kreis — whose inhabitants are the towns' own — does not count its
 * inhabitants: it takes a fixed share of the total (by default an equal one, total ÷ signers)
 * and the towns split the rest by population.
 */
final class CostShares {

    private CostShares() {
    }

    /** A signer, its weight (population for POPULATION, ignored for EQUAL) and whether it is the Kreis. */
    record Signer(String memberId, long population, boolean kreis) {

        Signer(String memberId, long population) {
            this(memberId, population, false);
        }
    }

    static Map<String, CostShare> split(BigDecimal costEur, BigDecimal staffDays, CostSplit split,
            List<Signer> signers) {
        return split(costEur, staffDays, split, signers, null);
    }

    /**
     * @param kreisShare the Kreis' fraction of the total under POPULATION (0 &lt; x &lt; 1), or
     *                   {@code null} for an equal share
     */
    static Map<String, CostShare> split(BigDecimal costEur, BigDecimal staffDays, CostSplit split,
            List<Signer> signers, BigDecimal kreisShare) {
        if (signers.isEmpty()) {
            return Map.of();
        }
        BigInteger cents = costEur.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toBigIntegerExact();
        BigInteger tenths = staffDays.movePointRight(1).setScale(0, RoundingMode.HALF_UP).toBigIntegerExact();
        List<BigInteger> costUnits;
        List<BigInteger> dayUnits;
        int kreis = indexOfKreis(signers);
        if (split == CostSplit.POPULATION && kreis >= 0 && signers.size() > 1) {
            costUnits = withKreisShare(cents, signers, kreis, kreisShare);
            dayUnits = withKreisShare(tenths, signers, kreis, kreisShare);
        } else {
            List<BigInteger> weights = weights(split, signers);
            costUnits = apportion(cents, weights);
            dayUnits = apportion(tenths, weights);
        }
        var result = new LinkedHashMap<String, CostShare>();
        for (int i = 0; i < signers.size(); i++) {
            result.put(signers.get(i).memberId(), new CostShare(new BigDecimal(costUnits.get(i), 2),
                    new BigDecimal(dayUnits.get(i), 1)));
        }
        return result;
    }

    /** The Kreis' part first (its fraction against the towns' rest), then the rest by the towns' population. */
    private static List<BigInteger> withKreisShare(BigInteger total, List<Signer> signers, int kreis,
            BigDecimal kreisShare) {
        List<BigInteger> split = kreisShare == null
                ? apportion(total, List.of(BigInteger.ONE, BigInteger.valueOf(signers.size() - 1L)))
                : apportion(total, List.of(kreisShare.unscaledValue(),
                        BigDecimal.ONE.movePointRight(kreisShare.scale()).toBigInteger().subtract(kreisShare.unscaledValue())));
        List<Signer> towns = new ArrayList<>(signers);
        towns.remove(kreis);
        List<BigInteger> townUnits = new ArrayList<>(apportion(split.get(1), weights(CostSplit.POPULATION, towns)));
        townUnits.add(kreis, split.get(0));
        return townUnits;
    }

    private static int indexOfKreis(List<Signer> signers) {
        for (int i = 0; i < signers.size(); i++) {
            if (signers.get(i).kreis()) {
                return i;
            }
        }
        return -1;
    }

    private static List<BigInteger> weights(CostSplit split, List<Signer> signers) {
        return signers.stream().map(s -> split == CostSplit.EQUAL || allZero(signers)
                ? BigInteger.ONE : BigInteger.valueOf(Math.max(0, s.population()))).toList();
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
