package de.akn.workflow.cosigning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuorumTest {

    @ParameterizedTest(name = "{0} signers, at least {1}: {2}")
    @CsvSource({"2, 2, true", "3, 2, true", "1, 2, false", "0, 1, false", "1, 1, true", "0, 2, false"})
    void shouldReachTheQuorumWithAtLeastTheMinimumOfSigners(int signers, int minSigners, boolean reached) {
        assertThat(Quorum.reached(signers, minSigners)).isEqualTo(reached);
    }
}
