package de.akn.workflow.council;

import static org.assertj.core.api.Assertions.assertThat;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.measure.YearAmount;
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
        assertThat(PartnerOpinion.paragraphs(partner, "Empfehlung: abraten. „Zu teuer für den Nutzen.“"))
                .containsExactly("Die EnergieAgentur.NRW hat als strategischer Partner der Allianz zu der Maßnahme "
                        + "fachlich Stellung genommen und rät davon ab, sie umzusetzen.",
                        "In der Stellungnahme heißt es: „Zu teuer für den Nutzen.“");
        assertThat(PartnerOpinion.paragraphs(partner, "Empfehlung: unterstützen. „Gut.“").get(0))
                .endsWith("fachlich Stellung genommen und empfiehlt, sie umzusetzen.");
        assertThat(PartnerOpinion.paragraphs(partner, "Empfehlung: mit Änderungen unterstützen. „Ja, aber.“").get(0))
                .endsWith("empfiehlt, sie mit Änderungen umzusetzen.");
        // a recording the draft does not understand: only that there is an opinion, no label pasted in
        assertThat(PartnerOpinion.paragraphs(partner, "Empfehlung: vielleicht"))
                .containsExactly("Die EnergieAgentur.NRW hat als strategischer Partner der Allianz zu der Maßnahme "
                        + "fachlich Stellung genommen.");
    }

    private static String money(String amount) {
        return GermanFormat.money(new BigDecimal(amount));
    }
}
