package de.akn.workflow.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChairRotationTest {

    static final List<String> ROTATION = List.of("dormagen", "grevenbroich", "juechen", "kaarst", "korschenbroich",
            "meerbusch", "rommerskirchen");

    @Test
    void shouldStartWithDormagenAndGoRoundInOrder() {
        assertThat(ChairRotation.next(ROTATION, null, m -> true)).isEqualTo("dormagen");
        assertThat(ChairRotation.next(ROTATION, "dormagen", m -> true)).isEqualTo("grevenbroich");
        assertThat(ChairRotation.next(ROTATION, "rommerskirchen", m -> true)).isEqualTo("dormagen");
    }

    @Test
    void shouldSkipMembersThatLeftAndStartOverAfterAChairNoLongerInTheRotation() {
        assertThat(ChairRotation.next(ROTATION, "grevenbroich", m -> !m.equals("juechen"))).isEqualTo("kaarst");
        assertThat(ChairRotation.next(ROTATION, "neuss", m -> true)).isEqualTo("dormagen");
        assertThat(ChairRotation.next(ROTATION, "kaarst", Set.of("kaarst")::contains)).isEqualTo("kaarst");
        assertThat(ChairRotation.next(ROTATION, "kaarst", m -> false)).isNull();
    }
}
