package de.akn.workflow.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    static final LocalDate FIRST_OF_MARCH = LocalDate.of(2027, 3, 1);

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"01.03.2027", "2027-03-01", "2027-03-01T10:15:00Z", "2027-03-01T00:00:00.000+0100",
        "  01.03.2027  "})
    void shouldReadGermanAndIsoDates(String text) {
        assertThat(Dates.parse(text)).contains(FIRST_OF_MARCH);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"31.02.2027", "2027-02-31", "29.02.2027", "1.3.2027", "01.03.27", "03/01/2027", "morgen",
        "2027-13-01", "   "})
    void shouldRefuseDatesThatDoNotExistOrAreWrittenOtherwise(String text) {
        assertThat(Dates.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void shouldGiveNothingForAMissingValue(String text) {
        assertThat(Dates.parse(text)).isEmpty();
    }

    @Test
    void shouldAcceptTheLeapDayOfALeapYear() {
        assertThat(Dates.parse("29.02.2028")).contains(LocalDate.of(2028, 2, 29));
    }

    @Test
    void shouldTakeDateValuesAsTheyAre() {
        assertThat(Dates.parse(FIRST_OF_MARCH)).contains(FIRST_OF_MARCH);
        // a java.util.Date as the engine stores a form's date field: midnight in the server's zone
        Date engineDate = Date.from(FIRST_OF_MARCH.atStartOfDay(ZoneId.systemDefault()).toInstant());
        assertThat(Dates.parse(engineDate)).contains(FIRST_OF_MARCH);
    }

    @Test
    void shouldRefuseOtherTypes() {
        assertThat(Dates.parse(20270301)).isEmpty();
    }

    @Test
    void shouldGiveTheBerlinDayOfAnEngineDate() {
        Date lateEvening = Date.from(java.time.Instant.parse("2027-03-01T23:30:00Z"));
        assertThat(Dates.day(lateEvening)).isEqualTo(LocalDate.of(2027, 3, 2));
        assertThat(Dates.day(null)).isNull();
    }

    @Test
    void shouldPutADayAndTimeInTheBerlinCalendar() {
        // winter time (UTC+1) and summer time (UTC+2)
        assertThat(Dates.at(FIRST_OF_MARCH, java.time.LocalTime.of(10, 0)))
                .isEqualTo(Date.from(java.time.Instant.parse("2027-03-01T09:00:00Z")));
        assertThat(Dates.at(LocalDate.of(2027, 7, 1), java.time.LocalTime.of(23, 59)))
                .isEqualTo(Date.from(java.time.Instant.parse("2027-07-01T21:59:00Z")));
    }
}
