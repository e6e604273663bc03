package de.akn.workflow.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GermanFormatTest {

    /** Java's German currency format puts a no-break space (U+00A0) before the euro sign. */
    static final String NBSP = "\u00a0";

    @Test
    void shouldWriteDatesAsDayMonthYear() {
        assertThat(GermanFormat.date(LocalDate.of(2027, 3, 1))).isEqualTo("01.03.2027");
        assertThat(GermanFormat.date(LocalDate.of(2027, 12, 31))).isEqualTo("31.12.2027");
    }

    @Test
    void shouldWriteADashForAMissingValue() {
        assertThat(GermanFormat.date((LocalDate) null)).isEqualTo("–");
        assertThat(GermanFormat.date((Instant) null)).isEqualTo("–");
        assertThat(GermanFormat.money(null)).isEqualTo("–");
        assertThat(GermanFormat.number(null)).isEqualTo("–");
    }

    @Test
    void shouldWriteMoneyWithThousandsDotDecimalCommaAndEuroSign() {
        assertThat(GermanFormat.money(new BigDecimal("12000.5"))).isEqualTo("12.000,50" + NBSP + "€");
        assertThat(GermanFormat.money(new BigDecimal("1234567.891"))).isEqualTo("1.234.567,89" + NBSP + "€");
        assertThat(GermanFormat.money(BigDecimal.ZERO)).isEqualTo("0,00" + NBSP + "€");
    }

    @Test
    void shouldWriteNumbersWithTheirOwnDecimals() {
        assertThat(GermanFormat.number(new BigDecimal("8.4"))).isEqualTo("8,4");
        assertThat(GermanFormat.number(new BigDecimal("1234.5"))).isEqualTo("1.234,5");
        assertThat(GermanFormat.number(new BigDecimal("20"))).isEqualTo("20");
        assertThat(GermanFormat.integer(455000)).isEqualTo("455.000");
    }

    @Test
    void shouldCountTheDayInBerlinInWinter() {
        // Given 23:30 UTC on 1 March, which is 00:30 CET on 2 March
        Instant lateEvening = Instant.parse("2027-03-01T23:30:00Z");

        // Then it is already the next day in the alliance
        assertThat(GermanFormat.day(lateEvening)).isEqualTo(LocalDate.of(2027, 3, 2));
        assertThat(GermanFormat.date(lateEvening)).isEqualTo("02.03.2027");
        assertThat(GermanFormat.day(Instant.parse("2027-03-01T22:59:59Z"))).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void shouldCountTheDayInBerlinInSummer() {
        // CEST is UTC+2: the day begins at 22:00 UTC
        assertThat(GermanFormat.day(Instant.parse("2027-06-30T22:00:00Z"))).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(GermanFormat.day(Instant.parse("2027-06-30T21:59:59Z"))).isEqualTo(LocalDate.of(2027, 6, 30));
    }
}
