package de.akn.workflow.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SynergyEstimateTest {

    static final BigDecimal FACTOR = new BigDecimal("0.7");

    @Test
    void shouldEstimateWhatThreeSignersSave() {
        // Given 12,000 EUR and 20 staff days for three signers, each alone spending 70 % of the joint cost
        var estimate = SynergyEstimate.of(new BigDecimal("12000"), new BigDecimal("20"), 3, FACTOR);

        // Then saved = 3 × 12,000 × 0.7 − 12,000 = 13,200 EUR and 3 × 20 × 0.7 − 20 = 22 days
        assertThat(estimate.moneySavedEur()).isEqualTo(new BigDecimal("13200.00"));
        assertThat(estimate.staffDaysSaved()).isEqualTo(new BigDecimal("22.0"));
        assertThat(estimate.signers()).isEqualTo(3);
    }

    @Test
    void shouldRoundHalfUpToCentsAndTenthsOfADay() {
        // 3 × 1,234.56 × 0.7 − 1,234.56 = 1,358.016; 3 × 7.7 × 0.7 − 7.7 = 8.47
        var estimate = SynergyEstimate.of(new BigDecimal("1234.56"), new BigDecimal("7.7"), 3, FACTOR);

        assertThat(estimate.moneySavedEur()).isEqualTo(new BigDecimal("1358.02"));
        assertThat(estimate.staffDaysSaved()).isEqualTo(new BigDecimal("8.5"));
    }

    @Test
    void shouldShowALossForASingleSigner() {
        var estimate = SynergyEstimate.of(new BigDecimal("12000"), new BigDecimal("20"), 1, FACTOR);

        assertThat(estimate.moneySavedEur()).isEqualTo(new BigDecimal("-3600.00"));
        assertThat(estimate.staffDaysSaved()).isEqualTo(new BigDecimal("-6.0"));
    }

    @Test
    void shouldCountMissingFiguresAsZero() {
        var estimate = SynergyEstimate.of(null, null, 4, FACTOR);

        assertThat(estimate.moneySavedEur()).isEqualTo(new BigDecimal("0.00"));
        assertThat(estimate.staffDaysSaved()).isEqualTo(new BigDecimal("0.0"));
    }
}
