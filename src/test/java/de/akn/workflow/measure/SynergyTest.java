package de.akn.workflow.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SynergyTest {

    static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

    final Synergy synergy = new Synergy(new SynergyProperties(new BigDecimal("0.7")));

    /** Kaarst leads, Dormagen, Meerbusch and Jüchen are invited; 12,000 EUR and 20 days. */
    static Measure measure() {
        var proposal = new Proposal("Gemeinsame Klimawoche 2027", "Aktionen", MeasureCategory.AWARENESS, Set.of(13),
                new BigDecimal("12000.00"), new BigDecimal("20.0"), null, CostSplit.EQUAL, LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 9, 30), List.of("dormagen", "meerbusch", "juechen"));
        return new Measure("AKN-2027-001", proposal, "kaarst", "km-kaarst", NOW);
    }

    @Test
    void shouldEstimateNothingBeforeTheMeasureIsAdopted() {
        assertThat(synergy.of(measure())).isEmpty();
    }

    @Test
    void shouldEstimateAnAdoptedMeasureAmongItsSigners() {
        // Given Kaarst (the lead town) and Dormagen co-signed, Meerbusch declined, Jüchen did not answer
        Measure measure = measure();
        measure.participationOf("kaarst").orElseThrow().decide(ParticipationStatus.COSIGNED, "km-kaarst", NOW,
                null, null);
        measure.participationOf("dormagen").orElseThrow().decide(ParticipationStatus.COSIGNED, "km-dormagen", NOW,
                null, null);
        measure.participationOf("meerbusch").orElseThrow().decide(ParticipationStatus.DECLINED, "km-meerbusch", NOW,
                null, null);
        measure.participationOf("juechen").orElseThrow().decide(ParticipationStatus.NO_RESPONSE, null, NOW, null,
                null);
        measure.changeStatus(MeasureStatus.ADOPTED, NOW);

        // Then two signers (Kaarst and Dormagen) carry it: 2 × 12,000 × 0.7 − 12,000 = 4,800 EUR
        var estimate = synergy.of(measure).orElseThrow();
        assertThat(estimate.signers()).isEqualTo(2);
        assertThat(estimate.moneySavedEur()).isEqualTo(new BigDecimal("4800.00"));
        assertThat(estimate.staffDaysSaved()).isEqualTo(new BigDecimal("8.0"));
    }

    @Test
    void shouldEstimateProspectivelyAsIfEveryInvitedMemberCosigned() {
        // 4 × 12,000 × 0.7 − 12,000 = 21,600 EUR
        var estimate = synergy.prospective(measure());
        assertThat(estimate.signers()).isEqualTo(4);
        assertThat(estimate.moneySavedEur()).isEqualTo(new BigDecimal("21600.00"));
    }
}
