package de.akn.workflow.absence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import de.akn.workflow.absence.AbsenceService.Caller;
import de.akn.workflow.common.ForbiddenProblem;
import de.akn.workflow.common.ValidationProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewAbsenceTest {

    private final Caller kaarst = new Caller("km-kaarst", List.of("member-kaarst"));

    @Test
    void shouldReadTheDatesAndTakeTheCallerAsTheAbsentPerson() {
        var absence = NewAbsence.read(Map.of("from", "01.07.2027", "to", "2027-07-21", "deputy", " deputy-kaarst "),
                kaarst);

        assertThat(absence).isEqualTo(new NewAbsence("km-kaarst", LocalDate.of(2027, 7, 1), LocalDate.of(2027, 7, 21),
                "deputy-kaarst"));
    }

    @Test
    void shouldRefuseAnotherPersonsAbsenceBeforeLookingAtTheInput() {
        assertThatThrownBy(() -> NewAbsence.read(Map.of("userId", "km-dormagen", "from", "kein Datum"), kaarst))
                .isInstanceOf(ForbiddenProblem.class).hasMessageContaining("nur die abwesende Person selbst");
    }

    @Test
    void shouldNameEachMissingOrUnreadableFieldInGerman() {
        var problem = catchThrowableOfType(ValidationProblem.class,
                () -> NewAbsence.read(Map.of("to", "31.02.2027"), kaarst));

        assertThat(problem.errors()).containsOnlyKeys("from", "to", "deputy")
                .contains(entry("from", "Bitte geben Sie den ersten Tag der Abwesenheit an."));
        assertThat(problem.errors().get("to")).contains("gültiges Datum");
    }
}
