package de.akn.workflow.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLimitsTest {

    @Test
    void shouldNameTheLimitWithAThousandsDot() {
        assertThat(TextLimits.tooLong("Der Kommentar"))
                .isEqualTo("Der Kommentar darf höchstens 4.000 Zeichen lang sein.");
        assertThat(TextLimits.tooLong("Die Kurzbeschreibung", TextLimits.SUMMARY))
                .isEqualTo("Die Kurzbeschreibung darf höchstens 10.000 Zeichen lang sein.");
    }

    @Test
    void shouldCutAuditTextsToTheColumnWidth() {
        assertThat(TextLimits.fit(null)).isNull();
        assertThat(TextLimits.fit("kurz")).isEqualTo("kurz");
        assertThat(TextLimits.fit("x".repeat(4000))).hasSize(4000);
        assertThat(TextLimits.fit("y".repeat(4001))).isEqualTo("y".repeat(4000));
    }
}
