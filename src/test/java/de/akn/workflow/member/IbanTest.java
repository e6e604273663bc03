package de.akn.workflow.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The IBAN check (ISO 13616 check digits) and the printed form on the Kostenerstattungsanforderung. */
class IbanTest {

    @ParameterizedTest
    @ValueSource(strings = {"DE02120300000000202051", "de02 1203 0000 0000 2020 51", "DE29 9999 9999 0000 0014 44",
        "NL91ABNA0417164300", "GB82 WEST 1234 5698 7654 32"})
    void shouldAcceptValidIbans(String iban) {
        assertThat(Iban.valid(iban)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE02120300000000202052", "DE0212030000000020205", "DE021203000000002020511", "02120300",
        "DE02 1203 0000 0000 2020 5X", ""})
    void shouldRefuseWrongCheckDigitsLengthsAndCharacters(String iban) {
        assertThat(Iban.valid(iban)).isFalse();
    }

    @Test
    void shouldPrintInGroupsOfFour() {
        assertThat(Iban.normalized("de02120300000000202051")).isEqualTo("DE02 1203 0000 0000 2020 51");
        assertThat(Iban.normalized("  ")).isNull();
    }
}
