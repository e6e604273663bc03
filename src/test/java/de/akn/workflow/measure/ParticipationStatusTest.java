package de.akn.workflow.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;

class ParticipationStatusTest {

    @Test
    void shouldCountOnlyMembersThatCosignedAsSigners() {
        // the lead member too: its proposal does not commit it, it co-signs like everyone else
        assertThat(ParticipationStatus.COSIGNED.isSigner()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(names = {"COSIGNED"}, mode = Mode.EXCLUDE)
    void shouldNotCountAnyoneElseAsSigner(ParticipationStatus status) {
        assertThat(status.isSigner()).isFalse();
    }

    @Test
    void shouldHaveGermanLabels() {
        assertThat(ParticipationStatus.COUNCIL_PENDING.label()).isEqualTo("unter Ratsvorbehalt");
        assertThat(ParticipationStatus.NO_RESPONSE.label()).isEqualTo("keine Rückmeldung");
    }
}
