package de.akn.workflow.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import de.akn.workflow.common.ValidationProblem;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MeetingPlanTest {

    private static final Function<LocalDate, Optional<String>> FREE = day -> Optional.empty();

    @Test
    void shouldReadDateTimeAndPlaceAndLeaveTheUsualTimeToTheService() {
        assertThat(MeetingPlan.read("15.04.2027", "9:30", " Rathaus Kaarst ", FREE)).isEqualTo(
                new MeetingPlan(LocalDate.of(2027, 4, 15), LocalTime.of(9, 30), "Rathaus Kaarst"));
        assertThat(MeetingPlan.read("2027-04-15", null, null, FREE).time()).isNull();
    }

    @Test
    void shouldNameEveryBadFieldInGerman() {
        var problem = catchThrowableOfType(ValidationProblem.class, () -> MeetingPlan.read(null, "zehn", null, FREE));

        assertThat(problem.errors()).containsExactly(
                entry("date", "Bitte geben Sie das Datum der Sitzung an."),
                entry("time", "Bitte geben Sie die Uhrzeit im Format hh:mm an, z. B. 10:00."));
    }

    @Test
    void shouldReportTheDayRuleTogetherWithTheOtherProblems() {
        var problem = catchThrowableOfType(ValidationProblem.class,
                () -> MeetingPlan.read("15.04.2027", "zehn", null, day -> Optional.of("belegt")));

        assertThat(problem.errors()).containsExactly(
                entry("time", "Bitte geben Sie die Uhrzeit im Format hh:mm an, z. B. 10:00."),
                entry("date", "belegt"));
    }
}
