package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import de.akn.workflow.measure.EventDetail;
import de.akn.workflow.measure.internal.EventDetailConverter;
import de.akn.workflow.review.ExpertOpinion.Recommendation;
import de.akn.workflow.review.ExpertOpinion;
import org.junit.jupiter.api.Test;

/** Opinions recorded before their values were kept get them from the line as it was written. */
class ExpertOpinionValuesMigrationTest {

    @Test
    void shouldReadRecommendationAndTextOutOfAnOldLine() throws Exception {
        for (Recommendation recommendation : Recommendation.values()) {
            String line = "Empfehlung: " + recommendation.label() + ". „Gut begründet.\nZweiter Absatz.“";
            EventDetail read = new EventDetailConverter().convertToEntityAttribute(
                    V20__Expert_opinion_values.read(line).orElseThrow());
            assertThat(read.constant(ExpertOpinion.RECORDED_RECOMMENDATION, Recommendation.class))
                    .contains(recommendation);
            assertThat(read.value(ExpertOpinion.RECORDED_TEXT)).contains("Gut begründet.\nZweiter Absatz.");
            assertThat(read.render()).isEqualTo(line);
        }
    }

    @Test
    void shouldLeaveALineInAnotherWordingAsItIs() throws Exception {
        assertThat(V20__Expert_opinion_values.read("Empfehlung: vielleicht. „Hm.“")).isEmpty();
        assertThat(V20__Expert_opinion_values.read("Stellungnahme liegt vor")).isEmpty();
    }
}
