package de.akn.workflow.cosigning;

import de.akn.workflow.common.Apportionment;
import de.akn.workflow.measure.CostShare;
import de.akn.workflow.measure.CostSplit;
import de.akn.workflow.measure.YearAmount;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
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

    /**
     * Each share split over the budget years: every share adds up to itself and every year to its net
     * amount (both to the cent), each part within a cent of its exact value (share × year ÷ total).
     */
    static Map<String, CostShare> byYear(Map<String, CostShare> shares, List<YearAmount> years) {
        if (shares.isEmpty() || years.isEmpty()) {
            return shares;
        }
        var members = List.copyOf(shares.keySet());
        long[] rows = members.stream().mapToLong(m -> cents(shares.get(m).costEur())).toArray();
        long[] columns = years.stream().mapToLong(y -> cents(y.getAmountEur())).toArray();
        long[][] table = Apportionment.table(rows, columns);
        var result = new LinkedHashMap<String, CostShare>();
        for (int i = 0; i < members.size(); i++) {
            var parts = new ArrayList<YearAmount>();
            for (int j = 0; j < years.size(); j++) {
                parts.add(new YearAmount(years.get(j).getYear(), BigDecimal.valueOf(table[i][j], 2)));
            }
            result.put(members.get(i), shares.get(members.get(i)).withYears(parts));
        }
        return result;
    }

    private static long cents(BigDecimal amount) {
        return amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static List<BigInteger> apportion(BigInteger total, List<BigInteger> weights) {
        return Apportionment.largestRemainder(total, weights);
    }
}
