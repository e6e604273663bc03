package de.akn.workflow.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import de.akn.workflow.common.ValidationProblem;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DraftSubmissionTest {

    @Test
    void shouldReadTheChosenFileAndTheNote() {
        assertThat(DraftSubmission.of(Map.of("draftFileId", "12", "draftNote", " Bitte bis Freitag "))).isEqualTo(
                new DraftSubmission(12L, "Bitte bis Freitag"));
        assertThat(DraftSubmission.of(Map.of("draftFileId", 7L))).isEqualTo(new DraftSubmission(7L, null));
    }

    @Test
    void shouldLeaveTheChoiceToTheServiceWhenNoFileIsChosen() {
        var variables = new HashMap<String, Object>();
        variables.put("draftFileId", null);
        assertThat(DraftSubmission.of(variables).fileId()).isNull();
        assertThat(DraftSubmission.of(Map.of("draftFileId", " ")).fileId()).isNull();
    }

    @Test
    void shouldRefuseAnUnreadableFileNumberInGerman() {
        var problem = catchThrowableOfType(ValidationProblem.class,
                () -> DraftSubmission.of(Map.of("draftFileId", "Entwurf")));

        assertThat(problem.errors()).containsExactly(entry("draftFileId",
                "Unter dieser Nummer gibt es keinen hochgeladenen Entwurf dieser Maßnahme."));
    }
}
