package de.akn.workflow.review;

import static de.akn.workflow.review.ReviewProcess.EXPERT_OPINION;
import static de.akn.workflow.review.ReviewProcess.EXPERT_RECOMMENDATION;

import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.TextLimits;
import de.akn.workflow.common.ValidationProblem;
import java.util.LinkedHashMap;
import java.util.Map;

/** The partner's expert opinion on a proposal: a text of at least 10 characters and a recommendation. */
public record ExpertOpinion(String text, Recommendation recommendation) {

    public enum Recommendation {
        SUPPORT("unterstützen"), SUPPORT_WITH_CHANGES("mit Änderungen unterstützen"), ADVISE_AGAINST("abraten");

        private final String label;

        Recommendation(String label) {
            this.label = label;
        }

        /** As the form and the audit trail say it: "mit Änderungen unterstützen". */
        public String label() {
            return label;
        }
    }

    /** From the task's variables; invalid values throw {@link ValidationProblem}. */
    public static ExpertOpinion of(Map<String, ?> variables) {
        var errors = new LinkedHashMap<String, String>();
        String text = Inputs.text(variables.get(EXPERT_OPINION));
        if (text == null || text.length() < 10) {
            errors.put(EXPERT_OPINION, "Bitte eine Stellungnahme von mindestens 10 Zeichen angeben.");
        } else if (text.length() > TextLimits.TEXT) {
            errors.put(EXPERT_OPINION, TextLimits.tooLong("Die Stellungnahme"));
        }
        Recommendation recommendation = Inputs.enumValue(Recommendation.class, variables.get(EXPERT_RECOMMENDATION));
        if (recommendation == null) {
            errors.put(EXPERT_RECOMMENDATION, "Bitte eine Empfehlung wählen: unterstützen, unterstützen mit "
                    + "Änderungen oder abraten.");
        }
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
        return new ExpertOpinion(text, recommendation);
    }
}
