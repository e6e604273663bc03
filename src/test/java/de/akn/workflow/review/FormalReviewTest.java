package de.akn.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import de.akn.workflow.common.ValidationProblem;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormalReviewTest {

    static Map<String, Object> variables(Object decision, Object comment) {
        var variables = new HashMap<String, Object>();
        variables.put(ReviewProcess.REVIEW_DECISION, decision);
        variables.put(ReviewProcess.REVIEW_COMMENT, comment);
        return variables;
    }

    static ValidationProblem problemOf(Map<String, Object> variables) {
        return catchThrowableOfType(ValidationProblem.class, () -> FormalReview.of(variables));
    }

    @Test
    void shouldApproveWithoutComment() {
        assertThat(FormalReview.of(variables("APPROVE", null)))
                .isEqualTo(new FormalReview(ReviewDecision.APPROVE, null));
    }

    @Test
    void shouldTakeATrimmedComment() {
        assertThat(FormalReview.of(variables("REVISE", "  Bitte die Kosten aufschlüsseln.  ")))
                .isEqualTo(new FormalReview(ReviewDecision.REVISE, "Bitte die Kosten aufschlüsseln."));
    }

    @Test
    void shouldRefuseAReviewWithoutDecision() {
        var problem = problemOf(variables(null, "Sieht gut aus."));

        assertThat(problem.errors()).containsExactly(entry("reviewDecision",
                "Bitte entscheiden Sie: freigeben, zur Überarbeitung zurückgeben oder ablehnen."));
        assertThat(problem.getMessage()).isEqualTo("Die Eingaben sind unvollständig oder ungültig: "
                + "Bitte entscheiden Sie: freigeben, zur Überarbeitung zurückgeben oder ablehnen.");
    }

    @Test
    void shouldRefuseAnUnknownDecision() {
        assertThat(problemOf(variables("approve", null)).errors()).containsOnlyKeys("reviewDecision");
        assertThat(problemOf(variables("MAYBE", null)).errors()).containsOnlyKeys("reviewDecision");
    }

    @Test
    void shouldRequireACommentToSendBackForRevision() {
        assertThat(problemOf(variables("REVISE", null)).errors()).containsExactly(
                entry("reviewComment", "Bitte begründen Sie, was überarbeitet werden soll."));
    }

    @Test
    void shouldRequireACommentToReject() {
        assertThat(problemOf(variables("REJECT", "   ")).errors()).containsExactly(
                entry("reviewComment", "Bitte begründen Sie die Ablehnung."));
    }

    @Test
    void shouldRefuseACommentOver4000Characters() {
        assertThat(problemOf(variables("APPROVE", "x".repeat(4001))).errors()).containsExactly(
                entry("reviewComment", "Der Kommentar darf höchstens 4.000 Zeichen lang sein."));
    }

    @Test
    void shouldAcceptACommentOfExactly4000Characters() {
        assertThat(FormalReview.of(variables("REJECT", "x".repeat(4000))).comment()).hasSize(4000);
    }
}
