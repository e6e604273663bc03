package de.akn.workflow.cosigning;

import de.akn.workflow.measure.CostShare;
import de.akn.workflow.measure.CostSplit;
import de.akn.workflow.measure.YearAmount;
import static org.assertj.core.api.Assertions.assertThat;

import de.akn.workflow.cosigning.CostShares.Signer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CostSharesTest {

    static final List<Signer> KAARST_DORMAGEN_MEERBUSCH = List.of(new Signer("kaarst", 43500),
            new Signer("dormagen", 65000), new Signer("meerbusch", 56000));

    @Test
    void shouldSplitEquallyWithTheOddCentToTheFirstSigners() {
        var shares = CostShares.split(new BigDecimal("100.00"), new BigDecimal("10"), CostSplit.EQUAL,
                KAARST_DORMAGEN_MEERBUSCH);
        assertThat(shares.get("kaarst").costEur()).isEqualByComparingTo("33.34");
        assertThat(shares.get("dormagen").costEur()).isEqualByComparingTo("33.33");
        assertThat(shares.get("meerbusch").costEur()).isEqualByComparingTo("33.33");
        assertThat(shares.get("kaarst").staffDays()).isEqualByComparingTo("3.4");
        assertThat(sum(shares, true)).isEqualByComparingTo("100.00");
        assertThat(sum(shares, false)).isEqualByComparingTo("10.0");
    }

    @Test
    void shouldSplitByPopulation() {
        // 12,000 EUR over 164,500 inhabitants
        var shares = CostShares.split(new BigDecimal("12000.00"), new BigDecimal("20"), CostSplit.POPULATION,
                KAARST_DORMAGEN_MEERBUSCH);
        assertThat(shares.get("kaarst").costEur()).isEqualByComparingTo("3173.25");
        assertThat(shares.get("dormagen").costEur()).isEqualByComparingTo("4741.64");
        assertThat(shares.get("meerbusch").costEur()).isEqualByComparingTo("4085.11");
        assertThat(sum(shares, true)).isEqualByComparingTo("12000.00");
        assertThat(sum(shares, false)).isEqualByComparingTo("20.0");
    }

    @ParameterizedTest(name = "{0} EUR, {1} days, {2}")
    @CsvSource({"0.01, 0.1, EQUAL", "0.00, 0, POPULATION", "999999999.99, 99999.9, POPULATION", "0.07, 0.3, EQUAL",
        "1234.56, 7.7, POPULATION", "10.00, 1.0, POPULATION"})
    void sharesAlwaysAddUpToTheCent(String cost, String days, CostSplit split) {
        var signers = List.of(new Signer("rkn", 455000, true), new Signer("dormagen", 65000),
                new Signer("grevenbroich", 66000), new Signer("juechen", 23700), new Signer("kaarst", 43500),
                new Signer("korschenbroich", 33500), new Signer("meerbusch", 56000),
                new Signer("rommerskirchen", 13500));
        var shares = CostShares.split(new BigDecimal(cost), new BigDecimal(days), split, signers, null);
        assertThat(sum(shares, true)).isEqualByComparingTo(cost);
        var quarter = CostShares.split(new BigDecimal(cost), new BigDecimal(days), split, signers,
                new BigDecimal("0.25"));
        assertThat(sum(quarter, true)).isEqualByComparingTo(cost);
        assertThat(sum(quarter, false)).isEqualByComparingTo(days);
        assertThat(sum(shares, false)).isEqualByComparingTo(days);
        assertThat(shares.values()).allMatch(s -> s.costEur().signum() >= 0 && s.costEur().scale() == 2);
    }

    @Test
    void shouldGiveTheKreisAnEqualShareByDefaultNotOneByItsInhabitants() {
        // the Kreis' 455,000 inhabitants are the towns' own: with Kaarst alone it carries half, not 91 %
        var withKaarst = CostShares.split(new BigDecimal("10000.00"), new BigDecimal("8"), CostSplit.POPULATION,
                List.of(new Signer("rkn", 455000, true), new Signer("kaarst", 43500)), null);
        assertThat(withKaarst.get("rkn").costEur()).isEqualByComparingTo("5000.00");
        assertThat(withKaarst.get("kaarst").costEur()).isEqualByComparingTo("5000.00");
        assertThat(withKaarst.get("rkn").staffDays()).isEqualByComparingTo("4.0");

        // three signers: the Kreis a third, the towns the rest (8,000 EUR) by population
        var three = CostShares.split(new BigDecimal("12000.00"), new BigDecimal("10"), CostSplit.POPULATION,
                List.of(new Signer("kaarst", 43500), new Signer("rkn", 455000, true), new Signer("dormagen", 65000)),
                null);
        assertThat(three.get("rkn").costEur()).isEqualByComparingTo("4000.00");
        assertThat(three.get("kaarst").costEur()).isEqualByComparingTo("3207.37");
        assertThat(three.get("dormagen").costEur()).isEqualByComparingTo("4792.63");
        assertThat(three.get("rkn").staffDays()).isEqualByComparingTo("3.3");
        assertThat(sum(three, true)).isEqualByComparingTo("12000.00");
        assertThat(sum(three, false)).isEqualByComparingTo("10.0");
    }

    @Test
    void shouldGiveTheKreisTheConfiguredShare() {
        var shares = CostShares.split(new BigDecimal("12000.00"), new BigDecimal("10"), CostSplit.POPULATION,
                List.of(new Signer("rkn", 455000, true), new Signer("kaarst", 43500), new Signer("dormagen", 65000)),
                new BigDecimal("0.25"));
        assertThat(shares.get("rkn").costEur()).isEqualByComparingTo("3000.00");
        assertThat(shares.get("kaarst").costEur()).isEqualByComparingTo("3608.29");
        assertThat(shares.get("dormagen").costEur()).isEqualByComparingTo("5391.71");
        assertThat(shares.get("rkn").staffDays()).isEqualByComparingTo("2.5");
        assertThat(sum(shares, true)).isEqualByComparingTo("12000.00");
        assertThat(sum(shares, false)).isEqualByComparingTo("10.0");
    }

    @Test
    void shouldLetTheKreisCarryAllWhenItSignsAloneAndSplitEquallyUnderEqual() {
        assertThat(CostShares.split(new BigDecimal("99.99"), BigDecimal.ONE, CostSplit.POPULATION,
                List.of(new Signer("rkn", 455000, true)), new BigDecimal("0.25")).get("rkn").costEur())
                .isEqualByComparingTo("99.99");
        var equal = CostShares.split(new BigDecimal("90.00"), BigDecimal.ONE, CostSplit.EQUAL,
                List.of(new Signer("rkn", 455000, true), new Signer("kaarst", 43500), new Signer("dormagen", 65000)),
                new BigDecimal("0.5"));
        assertThat(equal.values()).allMatch(s -> s.costEur().compareTo(new BigDecimal("30.00")) == 0);
    }

    @Test
    void shouldSplitEquallyWhenNoPopulationIsKnown() {
        var shares = CostShares.split(new BigDecimal("10.00"), BigDecimal.ONE, CostSplit.POPULATION,
                List.of(new Signer("a", 0), new Signer("b", 0)));
        assertThat(shares.get("a").costEur()).isEqualByComparingTo("5.00");
    }

    @Test
    void shouldGiveNothingWithoutSigners() {
        assertThat(CostShares.split(BigDecimal.TEN, BigDecimal.ONE, CostSplit.EQUAL, List.of())).isEmpty();
    }

    @Test
    void shouldSplitEachShareOverTheBudgetYears() {
        // 12,000 EUR by population among Kaarst, Dormagen and Meerbusch, 6,000 EUR in each of two years
        var shares = CostShares.byYear(CostShares.split(new BigDecimal("12000.00"), new BigDecimal("20"),
                CostSplit.POPULATION, KAARST_DORMAGEN_MEERBUSCH), List.of(new YearAmount(2027, new BigDecimal("6000.00")),
                new YearAmount(2028, new BigDecimal("6000.00"))));
        assertThat(shares.get("kaarst").byYear()).containsExactly(new YearAmount(2027, new BigDecimal("1586.63")),
                new YearAmount(2028, new BigDecimal("1586.62")));
        assertThat(shares.get("dormagen").byYear()).containsExactly(new YearAmount(2027, new BigDecimal("2370.82")),
                new YearAmount(2028, new BigDecimal("2370.82")));
    }

    /**
     * Property: for 2–8 signers, one to five budget years and awkward amounts, every signer's years add up to its
     * share, every year's shares to the year's amount, and no part is more than a cent off its exact value.
     */
    @ParameterizedTest(name = "{0} signers, {1} years, {2} EUR")
    @CsvSource({"2, 2, 0.01", "2, 3, 100.00", "3, 2, 0.05", "4, 5, 999999999.99", "5, 3, 1234.57", "6, 4, 7.77",
        "7, 2, 12000.00", "8, 5, 100000.03", "8, 1, 0.07", "3, 5, 0.00"})
    void sharesPerYearAlwaysAddUpBothWays(int signerCount, int yearCount, String total) {
        var random = new java.util.Random(signerCount * 31L + yearCount);
        var all = List.of(new Signer("rkn", 455000, true), new Signer("dormagen", 65000),
                new Signer("grevenbroich", 66000), new Signer("juechen", 23700), new Signer("kaarst", 43500),
                new Signer("korschenbroich", 33500), new Signer("meerbusch", 56000), new Signer("rommerskirchen", 13500));
        var signers = all.subList(0, signerCount);
        var weights = new java.util.ArrayList<BigDecimal>();
        for (int i = 0; i < yearCount; i++) {
            weights.add(BigDecimal.valueOf(random.nextInt(5000)));
        }
        var parts = de.akn.workflow.common.Apportionment.cents(new BigDecimal(total), weights);
        var years = new java.util.ArrayList<YearAmount>();
        for (int i = 0; i < yearCount; i++) {
            years.add(new YearAmount(2027 + i, parts.get(i)));
        }
        var shares = CostShares.byYear(CostShares.split(new BigDecimal(total), BigDecimal.TEN, CostSplit.POPULATION,
                signers, null), years);
        for (CostShare share : shares.values()) {
            assertThat(share.byYear().stream().map(YearAmount::getAmountEur).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(share.costEur());
        }
        for (int i = 0; i < yearCount; i++) {
            int year = i;
            assertThat(shares.values().stream().map(s -> s.byYear().get(year).getAmountEur())
                    .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(years.get(i).getAmountEur());
            for (CostShare share : shares.values()) {
                BigDecimal exact = new BigDecimal(total).signum() == 0 ? BigDecimal.ZERO : share.costEur()
                        .multiply(years.get(i).getAmountEur()).divide(new BigDecimal(total), 10,
                                java.math.RoundingMode.HALF_UP);
                assertThat(share.byYear().get(i).getAmountEur().subtract(exact).abs())
                        .isLessThan(new BigDecimal("0.01"));
            }
        }
    }

    private static BigDecimal sum(Map<String, CostShare> shares, boolean cost) {
        return shares.values().stream().map(s -> cost ? s.costEur() : s.staffDays())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
