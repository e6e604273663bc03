package de.akn.workflow.council;

import static org.assertj.core.api.Assertions.assertThat;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.measure.EventDetail;
import de.akn.workflow.measure.YearAmount;
import de.akn.workflow.review.ExpertOpinion.Recommendation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences of the Beschlussvorlage that depend on the facts: the financing and the partner's recommendation. */
class CouncilDraftWordingTest {

    static final YearAmount Y2026 = new YearAmount(2026, new BigDecimal("500.00"));
    static final YearAmount Y2027 = new YearAmount(2027, new BigDecimal("700.00"));

    @Test
    void shouldSayTheMeansAreInTheBudgetOfTheCurrentYearWithAProductTheKaemmereiFillsIn() {
        assertThat(CouncilDraftFunds.sentence(null, List.of(Y2026), 2026))
                .isEqualTo("Die erforderlichen Mittel stehen für das Haushaltsjahr 2026 im Produkt ____, Sachkonto ____ zur "
                        + "Verfügung.")
                .doesNotContain("Die Verwaltung wird beauftragt", "bereitzustellen");
    }

    @Test
    void shouldPlanTheMeansOfALaterYearSubjectToTheBudgetDeliberations() {
        assertThat(CouncilDraftFunds.sentence(null, List.of(Y2027), 2026)).isEqualTo(
                "Die erforderlichen Mittel werden für das Haushaltsjahr 2027 vorbehaltlich der Haushaltsberatungen im "
                        + "Produkt ____, Sachkonto ____ veranschlagt.");
        var y2028 = new YearAmount(2028, new BigDecimal("300.00"));
        assertThat(CouncilDraftFunds.sentence(null, List.of(Y2027, y2028), 2026))
                .isEqualTo("Die erforderlichen Mittel werden für die Haushaltsjahre 2027 (" + money("700.00")
                        + ") und 2028 (" + money("300.00") + ") vorbehaltlich der Haushaltsberatungen im Produkt ____, "
                        + "Sachkonto ____ veranschlagt.");
    }

    @Test
    void shouldSayBothForAShareOverTheCurrentAndALaterYear() {
        assertThat(CouncilDraftFunds.sentence(null, List.of(Y2026, Y2027), 2026))
                .isEqualTo("Die erforderlichen Mittel stehen für das Haushaltsjahr 2026 (" + money("500.00")
                        + ") im Produkt ____, Sachkonto ____ zur Verfügung; für das Haushaltsjahr 2027 (" + money("700.00")
                        + ") werden sie vorbehaltlich der Haushaltsberatungen dort veranschlagt.");
    }

    @Test
    void shouldSayThePartnersRecommendationAsASentence() {
        String partner = "Die EnergieAgentur.NRW";
        assertThat(PartnerOpinion.paragraphs(partner, opinion(Recommendation.ADVISE_AGAINST, "Zu teuer für den Nutzen.")))
                .containsExactly("Die EnergieAgentur.NRW hat als strategischer Partner der Allianz zu der Maßnahme "
                        + "fachlich Stellung genommen und rät davon ab, sie umzusetzen.",
                        "In der Stellungnahme heißt es: „Zu teuer für den Nutzen.“");
        assertThat(PartnerOpinion.paragraphs(partner, opinion(Recommendation.SUPPORT, "Gut.")).get(0))
                .endsWith("fachlich Stellung genommen und empfiehlt, sie umzusetzen.");
        assertThat(PartnerOpinion.paragraphs(partner, opinion(Recommendation.SUPPORT_WITH_CHANGES,
                "Ja, aber.")).get(0))
                .endsWith("empfiehlt, sie mit Änderungen umzusetzen.");
        // an opinion recorded before its values were kept: only that there is one, nothing of its sentence pasted in
        assertThat(PartnerOpinion.paragraphs(partner, EventDetail.text("Empfehlung: vielleicht")))
                .containsExactly("Die EnergieAgentur.NRW hat als strategischer Partner der Allianz zu der Maßnahme "
                        + "fachlich Stellung genommen.");
    }

    /** The history shows the opinion as the review recorded it; the draft takes the recommendation's value. */
    @Test
    void shouldReadTheRecommendationFromItsValueNotFromTheHistorysSentence() {
        EventDetail recorded = opinion(Recommendation.SUPPORT_WITH_CHANGES, "Ja, aber.");
        assertThat(recorded.render()).isEqualTo("Empfehlung: mit Änderungen unterstützen. „Ja, aber.“");
        assertThat(recorded.constant("recommendation", Recommendation.class))
                .contains(Recommendation.SUPPORT_WITH_CHANGES);
    }

    private static EventDetail opinion(Recommendation recommendation, String text) {
        return EventDetail.of("event.expert-opinion", "text", text).label("recommendation", recommendation);
    }

    private static String money(String amount) {
        return GermanFormat.money(new BigDecimal(amount));
    }
}
