package de.akn.workflow.council;

import de.akn.workflow.common.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The strategic partner's expert opinion as the Beschlussvorlage says it: its recommendation as a sentence
 * ("Die EnergieAgentur.NRW … empfiehlt, sie mit Änderungen umzusetzen.") and its text as a quotation, read
 * from the measure's history, where the review records it as {@code Empfehlung: <label>. „<text>“}.
 */
final class PartnerOpinion {

    private static final Pattern RECORDED = Pattern.compile("Empfehlung: (.+?)\\. „(.*)“", Pattern.DOTALL);

    private PartnerOpinion() {
    }

    /**
     * The paragraphs for the Sachverhalt.
     *
     * @param partner  the partner as subject of a sentence, e.g. "Die EnergieAgentur.NRW"
     * @param recorded the opinion as recorded in the history
     */
    static List<String> paragraphs(String partner, String recorded) {
        Matcher m = RECORDED.matcher(recorded.strip());
        var paragraphs = new ArrayList<String>();
        if (!m.matches()) {
            // a wording the draft does not know: that there is an opinion, not its words out of context
            paragraphs.add(Texts.text("council-draft.partner.given", "partner", partner));
            return paragraphs;
        }
        paragraphs.add(recommendation(m.group(1)).map(key -> Texts.text(key, "partner", partner))
                .orElseGet(() -> Texts.text("council-draft.partner.given", "partner", partner)));
        if (!m.group(2).isBlank()) {
            paragraphs.add(Texts.text("council-draft.partner.quote", "text", m.group(2).strip()));
        }
        return paragraphs;
    }

    /** The sentence for the recommendation the review recorded (its labels "unterstützen", "abraten" …). */
    private static Optional<String> recommendation(String label) {
        String normalized = label.strip().toLowerCase(java.util.Locale.GERMAN);
        if (normalized.equals("abraten")) {
            return Optional.of("council-draft.partner.advise-against");
        }
        if (normalized.contains("änderungen")) {
            return Optional.of("council-draft.partner.support-with-changes");
        }
        if (normalized.equals("unterstützen")) {
            return Optional.of("council-draft.partner.support");
        }
        return Optional.empty();
    }
}
