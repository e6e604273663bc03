package de.akn.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.review.ExpertOpinion.Recommendation;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpertOpinionTest {

    static final String RECOMMENDATION_MISSING =
            "Bitte wählen Sie eine Empfehlung: unterstützen, unterstützen mit Änderungen oder abraten.";
    static final String OPINION_TOO_SHORT = "Bitte geben Sie eine Stellungnahme von mindestens 10 Zeichen an.";

    static Map<String, Object> variables(Object opinion, Object recommendation) {
        var variables = new HashMap<String, Object>();
        variables.put(ReviewProcess.EXPERT_OPINION, opinion);
        variables.put(ReviewProcess.EXPERT_RECOMMENDATION, recommendation);
        return variables;
    }

    static ValidationProblem problemOf(Map<String, Object> variables) {
        return catchThrowableOfType(ValidationProblem.class, () -> ExpertOpinion.of(variables));
    }

    @Test
    void shouldAcceptAnOpinionWithRecommendation() {
        assertThat(ExpertOpinion.of(variables(" Fachlich sinnvoll, Förderung prüfen. ", "SUPPORT_WITH_CHANGES")))
                .isEqualTo(new ExpertOpinion("Fachlich sinnvoll, Förderung prüfen.", Recommendation.SUPPORT_WITH_CHANGES));
    }

    @Test
    void shouldAcceptAnOpinionOfExactlyTenCharacters() {
        assertThat(ExpertOpinion.of(variables("Sinnvoll!!", "SUPPORT")).text()).isEqualTo("Sinnvoll!!");
    }

    @Test
    void shouldRefuseAnOpinionShorterThanTenCharacters() {
        // nine characters once trimmed
        assertThat(problemOf(variables("   Sinnvoll!   ", "SUPPORT")).errors()).containsExactly(
                entry("expertOpinion", OPINION_TOO_SHORT));
    }

    @Test
    void shouldRefuseAnOpinionOver4000Characters() {
        assertThat(problemOf(variables("x".repeat(4001), "ADVISE_AGAINST")).errors()).containsExactly(
                entry("expertOpinion", "Die Stellungnahme darf höchstens 4.000 Zeichen lang sein."));
    }

    @Test
    void shouldRefuseAnUnknownRecommendation() {
        assertThat(problemOf(variables("Fachlich sinnvoll.", "MAYBE")).errors()).containsExactly(
                entry("expertRecommendation", RECOMMENDATION_MISSING));
    }

    @Test
    void shouldReportAMissingOpinionAndRecommendationTogether() {
        var problem = problemOf(variables(null, null));

        assertThat(problem.errors()).containsExactly(entry("expertOpinion", OPINION_TOO_SHORT),
                entry("expertRecommendation", RECOMMENDATION_MISSING));
        assertThat(problem.getMessage()).isEqualTo("Die Eingaben sind unvollständig oder ungültig: "
                + OPINION_TOO_SHORT + " " + RECOMMENDATION_MISSING);
    }
}
