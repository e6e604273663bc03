package de.akn.workflow.review;

import static de.akn.workflow.review.ReviewProcess.EXPERT_OPINION;
import static de.akn.workflow.review.ReviewProcess.EXPERT_RECOMMENDATION;

import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.TextLimits;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import java.util.LinkedHashMap;
import java.util.Map;

/** The partner's expert opinion on a proposal: a text of at least 10 characters and a recommendation. */
public record ExpertOpinion(String text, Recommendation recommendation) {

    /** The values of the history line {@code event.expert-opinion} that other modules read (the Beschlussvorlage). */
    public static final String RECORDED_TEXT = "text";
    public static final String RECORDED_RECOMMENDATION = "recommendation";

    public enum Recommendation {
        SUPPORT, SUPPORT_WITH_CHANGES, ADVISE_AGAINST;

        /** As the form and the audit trail say it: "mit Änderungen unterstützen". */
        public String label() {
            return Texts.label(this);
        }
    }

    /** From the task's variables; invalid values throw {@link ValidationProblem}. */
    public static ExpertOpinion of(Map<String, ?> variables) {
        var errors = new LinkedHashMap<String, String>();
        String text = Inputs.text(variables.get(EXPERT_OPINION));
        if (text == null || text.length() < 10) {
            errors.put(EXPERT_OPINION, Texts.text("expert-opinion.text.missing"));
        } else if (text.length() > TextLimits.TEXT) {
            errors.put(EXPERT_OPINION, TextLimits.tooLong(Texts.text("expert-opinion.text.what")));
        }
        Recommendation recommendation = Inputs.enumValue(Recommendation.class, variables.get(EXPERT_RECOMMENDATION));
        if (recommendation == null) {
            errors.put(EXPERT_RECOMMENDATION, Texts.text("expert-opinion.recommendation.missing"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
        return new ExpertOpinion(text, recommendation);
    }
}
