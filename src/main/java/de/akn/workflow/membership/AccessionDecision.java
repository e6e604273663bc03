package de.akn.workflow.membership;

import static de.akn.workflow.membership.MembershipProcess.*;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.TextLimits;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The coordinator's record of the town's council decision on joining or leaving:
 * {@code accessionDecision} APPROVE/REJECT, the date of the council decision (not in the future),
 * a comment (required for REJECT).
 */
public record AccessionDecision(boolean approved, LocalDate councilDecisionDate, String comment) {

    enum Decision { APPROVE, REJECT }

    public static AccessionDecision read(Map<String, ?> variables, LocalDate today) {
        var errors = new LinkedHashMap<String, String>();
        Decision decision = Inputs.enumValue(Decision.class, variables.get(ACCESSION_DECISION));
        if (decision == null) {
            errors.put(ACCESSION_DECISION, Texts.text("membership.decision.missing"));
        }
        LocalDate date = Inputs.date(variables.get(COUNCIL_DECISION_DATE), COUNCIL_DECISION_DATE,
                Texts.text("membership.council-date.what"), errors);
        if (date != null && date.isAfter(today)) {
            errors.put(COUNCIL_DECISION_DATE, Texts.text("membership.council-date.future",
                    "today", GermanFormat.date(today)));
        }
        String comment = Inputs.text(variables.get(ACCESSION_COMMENT));
        if (comment != null && comment.length() > TextLimits.TEXT) {
            errors.put(ACCESSION_COMMENT, TextLimits.tooLong(Texts.text("membership.comment.what")));
        } else if (comment == null && decision == Decision.REJECT) {
            errors.put(ACCESSION_COMMENT, Texts.text("membership.reject.reason"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
        return new AccessionDecision(decision == Decision.APPROVE, date, comment);
    }
}
