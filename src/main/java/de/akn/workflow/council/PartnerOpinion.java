package de.akn.workflow.council;

import de.akn.workflow.common.Texts;
import de.akn.workflow.measure.EventDetail;
import de.akn.workflow.review.ExpertOpinion.Recommendation;
import de.akn.workflow.review.ExpertOpinion;
import java.util.ArrayList;
import java.util.List;

/**
 * The strategic partner's expert opinion as the Beschlussvorlage says it: its recommendation as a sentence
 * ("Die EnergieAgentur.NRW … empfiehlt, sie mit Änderungen umzusetzen.") and its text as a quotation, from the
 * values the review recorded with the opinion (not from the history's sentence).
 */
final class PartnerOpinion {

    private PartnerOpinion() {
    }

    /**
     * The paragraphs for the Sachverhalt.
     *
     * @param partner  the partner as subject of a sentence, e.g. "Die EnergieAgentur.NRW"
     * @param recorded the opinion's recorded values; empty for an opinion recorded before they were kept, of
     *                 which the draft says only that there is one
     */
    static List<String> paragraphs(String partner, EventDetail recorded) {
        var paragraphs = new ArrayList<String>();
        paragraphs.add(Texts.text(recorded.constant(ExpertOpinion.RECORDED_RECOMMENDATION, Recommendation.class)
                .map(PartnerOpinion::sentence).orElse("council-draft.partner.given"), "partner", partner));
        recorded.value(ExpertOpinion.RECORDED_TEXT).filter(text -> !text.isBlank())
                .ifPresent(text -> paragraphs.add(Texts.text("council-draft.partner.quote", "text", text.strip())));
        return paragraphs;
    }

    private static String sentence(Recommendation recommendation) {
        return switch (recommendation) {
            case SUPPORT -> "council-draft.partner.support";
            case SUPPORT_WITH_CHANGES -> "council-draft.partner.support-with-changes";
            case ADVISE_AGAINST -> "council-draft.partner.advise-against";
        };
    }
}
