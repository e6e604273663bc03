package de.akn.workflow.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;

class ParticipationStatusTest {

    @ParameterizedTest
    @EnumSource(names = {"LEAD", "COSIGNED"})
    void shouldCountTheLeadAndCosignersAsSigners(ParticipationStatus status) {
        assertThat(status.isSigner()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(names = {"LEAD", "COSIGNED"}, mode = Mode.EXCLUDE)
    void shouldNotCountAnyoneElseAsSigner(ParticipationStatus status) {
        assertThat(status.isSigner()).isFalse();
    }

    @Test
    void shouldHaveGermanLabels() {
        assertThat(ParticipationStatus.COUNCIL_PENDING.label()).isEqualTo("Ratsbeschluss ausstehend");
        assertThat(ParticipationStatus.NO_RESPONSE.label()).isEqualTo("keine Rückmeldung");
    }
}
