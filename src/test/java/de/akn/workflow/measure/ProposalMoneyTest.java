package de.akn.workflow.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The money of a proposal: budget years and planned funding, checked against the funding programmes. */
class ProposalMoneyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    /** The Kommunalrichtlinie (up to 70 %, next call closes 31.03.2027) and a programme without a call. */
    static final FundingCatalog PROGRAMMES = (programme, today) -> switch (programme) {
        case "krl" -> Optional.of(new FundingCatalog.Terms("Kommunalrichtlinie (NKI)", new BigDecimal("70"),
                LocalDate.of(2027, 3, 31)));
        case "progres-nrw" -> Optional.of(new FundingCatalog.Terms("progres.nrw", new BigDecimal("50"), null));
        default -> Optional.empty();
    };

    final ProposalValidator validator = new ProposalValidator(ProposalValidatorTest.MEMBERS, PROGRAMMES, TODAY);

    /** 12,000 EUR from 01.03.2027 to 30.09.2028. */
    static Map<String, Object> twoYears() {
        var input = ProposalValidatorTest.climateWeekWith(Proposal.ESTIMATED_COST_EUR, 12000);
        input.put(Proposal.PLANNED_END, "30.09.2028");
        return input;
    }

    static Map<String, Object> year(Object year, Object amount) {
        var row = new HashMap<String, Object>();
        row.put("year", year);
        row.put("amountEur", amount);
        return row;
    }

    static Map<String, Object> funding(String programme, Object rate, Object amount, Object deadline) {
        var row = new HashMap<String, Object>();
        row.put("programme", programme);
        row.put("ratePercent", rate);
        row.put("amountEur", amount);
        row.put("applicationDeadline", deadline);
        return row;
    }

    private static String money(String amount) {
        return de.akn.workflow.common.GermanFormat.money(new BigDecimal(amount));
    }

    private Map<String, String> errorsOf(Map<String, Object> input) {
        var result = validator.validate(input, "kaarst");
        assertThat(result.isValid()).as("refused").isFalse();
        return result.errors();
    }

    @Test
    void shouldPutTheWholeCostIntoTheYearOfTheStartWithoutBudgetYears() {
        var proposal = validator.validate(twoYears(), "kaarst").proposal();
        assertThat(proposal.budget()).containsExactly(new YearAmount(2027, new BigDecimal("12000.00")));
        assertThat(proposal.funding()).isEmpty();
    }

    @Test
    void shouldTakeBudgetYearsThatAddUpToTheCost() {
        var input = twoYears();
        input.put(Proposal.BUDGET, List.of(year(2028, "4.000,50"), year(2027, 7999.5)));
        var proposal = validator.validate(input, "kaarst").proposal();
        assertThat(proposal.budget()).containsExactly(new YearAmount(2027, new BigDecimal("7999.50")),
                new YearAmount(2028, new BigDecimal("4000.50")));
    }

    @Test
    void shouldIgnoreRowsLeftEmptyInTheForm() {
        var input = twoYears();
        input.put(Proposal.BUDGET, List.of(year(null, null)));
        input.put(Proposal.FUNDING, List.of(funding(null, null, null, "")));
        var proposal = validator.validate(input, "kaarst").proposal();
        assertThat(proposal.budget()).containsExactly(new YearAmount(2027, new BigDecimal("12000.00")));
        assertThat(proposal.funding()).isEmpty();
    }

    @Test
    void shouldRefuseBudgetYearsThatDoNotAddUp() {
        var input = twoYears();
        input.put(Proposal.BUDGET, List.of(year(2027, 6000), year(2028, 5999.99)));
        assertThat(errorsOf(input).get("budget")).isEqualTo("Die Beträge der Haushaltsjahre ergeben zusammen "
                + money("11999.99") + ", die geschätzten Kosten betragen " + money("12000.00")
                + ". Bitte gleichen Sie beides aus.");
    }

    @Test
    void shouldRefuseAYearOutsideThePlannedPeriodATwiceGivenYearAndABadAmount() {
        var input = twoYears();
        input.put(Proposal.BUDGET, List.of(year(2029, 1000), year(2027, 5000), year(2027, 6000), year(2028, -1)));
        assertThat(errorsOf(input).get("budget"))
                .contains("Das Haushaltsjahr 2029 liegt nicht im geplanten Zeitraum der Maßnahme (vom 01.03.2027 bis "
                        + "30.09.2028).")
                .contains("Das Haushaltsjahr 2027 ist doppelt angegeben.")
                .contains("keinen negativen Wert");
        var noYear = twoYears();
        noYear.put(Proposal.BUDGET, List.of(year(null, 12000)));
        assertThat(errorsOf(noYear).get("budget")).contains("das Jahr an");
        assertThat(errorsOf(ProposalValidatorTest.climateWeekWith(Proposal.BUDGET, "2027: alles")).get("budget"))
                .isEqualTo("Die Haushaltsjahre müssen als Liste aus Jahr und Betrag angegeben werden.");
    }

    @Test
    void shouldPlanFundingAtTheRateOfTheCostUntilTheNextCallCloses() {
        var input = twoYears();
        input.put(Proposal.FUNDING, List.of(funding("krl", 60, null, null)));
        var funding = validator.validate(input, "kaarst").proposal().funding();
        assertThat(funding).containsExactly(new PlannedFunding("krl", "Kommunalrichtlinie (NKI)",
                new BigDecimal("60.00"), new BigDecimal("7200.00"), LocalDate.of(2027, 3, 31)));
    }

    @Test
    void shouldTakeALowerAmountAndADeadlineGiven() {
        var input = twoYears();
        input.put(Proposal.FUNDING, List.of(funding("krl", "65,5", "6.000,00", "15.02.2027"),
                funding("progres-nrw", 10, 1200, "2027-05-31")));
        var funding = validator.validate(input, "kaarst").proposal().funding();
        assertThat(funding).extracting(PlannedFunding::amountEur).containsExactly(new BigDecimal("6000.00"),
                new BigDecimal("1200.00"));
        assertThat(funding.get(0).applicationDeadline()).isEqualTo(LocalDate.of(2027, 2, 15));
    }

    @Test
    void shouldRefuseAnUnknownProgrammeARateAboveTheMaximumAndAnAmountAboveTheRate() {
        var unknown = twoYears();
        unknown.put(Proposal.FUNDING, List.of(funding("eu-life", 50, null, null)));
        assertThat(errorsOf(unknown).get("funding")).isEqualTo("Das Förderprogramm „eu-life“ ist nicht bekannt.");
        var tooHigh = twoYears();
        tooHigh.put(Proposal.FUNDING, List.of(funding("krl", 80, null, null)));
        assertThat(errorsOf(tooHigh).get("funding")).isEqualTo("Die Förderquote für Kommunalrichtlinie (NKI) darf "
                + "höchstens 70 % betragen (angegeben: 80 %).");
        var overHundred = twoYears();
        overHundred.put(Proposal.FUNDING, List.of(funding("krl", 120, null, null)));
        assertThat(errorsOf(overHundred).get("funding")).contains("höchstens 100 %");
        var amount = twoYears();
        amount.put(Proposal.FUNDING, List.of(funding("krl", 50, 6000.01, null)));
        assertThat(errorsOf(amount).get("funding")).isEqualTo("Der Förderbetrag aus Kommunalrichtlinie (NKI) "
                + "(" + money("6000.01") + ") übersteigt 50 % der geschätzten Kosten (" + money("6000.00") + ").");
    }

    @Test
    void shouldRefuseFundingAboveTheCostADeadlineInThePastAndAProgrammeWithoutCallAndDeadline() {
        var aboveCost = twoYears();
        aboveCost.put(Proposal.FUNDING, List.of(funding("krl", 70, null, null), funding("progres-nrw", 50, null,
                "31.05.2027")));
        assertThat(errorsOf(aboveCost).get("funding")).isEqualTo("Die geplante Förderung (" + money("14400.00")
                + ") übersteigt die geschätzten Kosten (" + money("12000.00") + ").");
        var past = twoYears();
        past.put(Proposal.FUNDING, List.of(funding("krl", 50, null, "05.12.2026")));
        assertThat(errorsOf(past).get("funding")).isEqualTo("Die Antragsfrist für Kommunalrichtlinie (NKI) "
                + "(05.12.2026) liegt in der Vergangenheit.");
        var noCall = twoYears();
        noCall.put(Proposal.FUNDING, List.of(funding("progres-nrw", 50, null, null)));
        assertThat(errorsOf(noCall).get("funding")).contains("Bitte geben Sie für progres.nrw die Antragsfrist an");
        var twice = twoYears();
        twice.put(Proposal.FUNDING, List.of(funding("krl", 10, null, null), funding("krl", 10, null, null)));
        assertThat(errorsOf(twice).get("funding")).contains("doppelt");
        var noRate = twoYears();
        noRate.put(Proposal.FUNDING, List.of(funding("krl", null, 1000, null)));
        assertThat(errorsOf(noRate).get("funding")).contains("die Förderquote in Prozent an");
    }
}
