package de.akn.workflow.cosigning;

import static de.akn.workflow.cosigning.CosigningProcess.COSIGN_COMMENT;
import static de.akn.workflow.cosigning.CosigningProcess.COSIGN_DECISION;
import static de.akn.workflow.cosigning.CosigningProcess.COST_CEILING_EUR;
import static de.akn.workflow.cosigning.CosigningProcess.COUNCIL_BODY_ID;
import static de.akn.workflow.cosigning.CosigningProcess.COUNCIL_DECISION;
import static de.akn.workflow.cosigning.CosigningProcess.COUNCIL_MEETING_CHOICE;
import static de.akn.workflow.cosigning.CosigningProcess.COUNCIL_MEETING_DATE;
import static de.akn.workflow.cosigning.CosigningProcess.COUNCIL_PAPER_REFERENCE;
import static de.akn.workflow.cosigning.CosigningProcess.NEXT_BODY_ID;
import static de.akn.workflow.cosigning.CosigningProcess.PROSPECTIVE_COST_SHARE_EUR;
import static de.akn.workflow.cosigning.CosigningProcess.STANDALONE_COST_EUR;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.TextLimits;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A town's decision on co-signing, or its body's, read from the task's variables once: the
 * decision, an optional comment, the meeting date (waiting for a body, the next meeting after an
 * adjournment or a referral, the council meeting that confirms an urgent decision), the body, the most
 * the town will pay and the paper. Rules that need the measure, the member or today's date (meeting in the
 * future and before its Vorlagenschluss, a known body, ceiling within the total) are the service's.
 *
 * @param costCeilingEur null keeps the ceiling recorded before
 * @param bodyId         the body that decides next (COUNCIL_PENDING: {@code councilBodyId}; REFERRED:
 *                       {@code nextBodyId}); null: the member's council (or the body waited for so far)
 */
public record CosignCommand(String member, CosignDecision decision, String comment, LocalDate councilMeetingDate,
        BigDecimal costCeilingEur, String councilPaperReference, BigDecimal standaloneCostEur, String bodyId) {

    /** Whatever a ceiling is in euros, more than this is a typing error. */
    static final BigDecimal MAX_CEILING_EUR = new BigDecimal("999999999.99");
    static final int PAPER_REFERENCE_LENGTH = 100;

    public CosignCommand(String member, CosignDecision decision, String comment, LocalDate councilMeetingDate) {
        this(member, decision, comment, councilMeetingDate, null, null, null, null);
    }

    /**
     * {@code Task_CosignDecision}: co-sign, decline, or wait for the council (with the meeting date);
     * the ceiling defaults to the prospective share the town was shown.
     */
    public static CosignCommand ofDecision(String member, Map<String, ?> variables) {
        var errors = new LinkedHashMap<String, String>();
        CosignDecision decision = Inputs.enumValue(CosignDecision.class, variables.get(COSIGN_DECISION));
        if (decision == null || decision == CosignDecision.POSTPONED) {
            errors.put(COSIGN_DECISION, Texts.text("cosign.decision.missing"));
        }
        LocalDate meeting = null;
        String body = null;
        if (decision == CosignDecision.COUNCIL_PENDING) {
            meeting = meeting(variables, Texts.text("cosign.meeting.missing"), errors);
            body = choiceBody(variables).orElse(Inputs.text(variables.get(COUNCIL_BODY_ID)));
        }
        BigDecimal ceiling = ceiling(variables, errors);
        String paper = decision == CosignDecision.COUNCIL_PENDING ? paper(variables, errors) : null;
        String comment = comment(variables, errors);
        BigDecimal standalone = standalone(variables, errors);
        ValidationProblem.throwIfAny(errors);
        if (ceiling == null && decision != CosignDecision.DECLINE) {
            ceiling = Inputs.decimal(variables.get(PROSPECTIVE_COST_SHARE_EUR));
        }
        return new CosignCommand(member, decision, comment, meeting,
                decision == CosignDecision.DECLINE ? null : scaled(ceiling), paper, scaled(standalone), body);
    }

    /**
     * {@code Task_RecordCouncilDecision}: the body agreed (also with changes: a new ceiling, or by urgent
     * decision: with its reason and the council meeting that confirms it), declined, adjourned (the date of
     * its next meeting) or referred the matter to another body (which, and the date of its meeting);
     * optionally the ceiling and the paper reference.
     */
    public static CosignCommand ofCouncilDecision(String member, Map<String, ?> variables) {
        var errors = new LinkedHashMap<String, String>();
        CosignDecision decision = Inputs.enumValue(CosignDecision.class, variables.get(COUNCIL_DECISION));
        if (decision == null || decision == CosignDecision.COUNCIL_PENDING) {
            errors.put(COUNCIL_DECISION, Texts.text("council.decision.missing"));
        }
        LocalDate meeting = null;
        String body = null;
        if (decision == CosignDecision.POSTPONED) {
            meeting = meeting(variables, Texts.text("council.postponed.meeting"), errors);
        } else if (decision == CosignDecision.REFERRED) {
            meeting = meeting(variables, Texts.text("council.referred.meeting"), errors);
            body = choiceBody(variables).orElse(Inputs.text(variables.get(NEXT_BODY_ID)));
            if (body == null) {
                errors.put(NEXT_BODY_ID, Texts.text("council.referred.body"));
            }
        } else if (decision == CosignDecision.URGENT) {
            meeting = meeting(variables, Texts.text("council.urgent.meeting"), errors);
        }
        BigDecimal ceiling = ceiling(variables, errors);
        if (decision == CosignDecision.AMENDED && ceiling == null) {
            errors.put(COST_CEILING_EUR, Texts.text("council.amended.ceiling"));
        }
        String paper = paper(variables, errors);
        String comment = comment(variables, errors);
        if (decision == CosignDecision.URGENT && comment == null) {
            errors.put(COSIGN_COMMENT, Texts.text("council.urgent.reason"));
        }
        BigDecimal standalone = standalone(variables, errors);
        ValidationProblem.throwIfAny(errors);
        return new CosignCommand(member, decision, comment, meeting, scaled(ceiling), paper, scaled(standalone),
                body);
    }

    /** A meeting chosen from the list names its body: "2027-03-15|ukm". */
    private static java.util.Optional<String> choiceBody(Map<String, ?> variables) {
        return variables.get(COUNCIL_MEETING_CHOICE) instanceof String choice && choice.contains("|")
                ? java.util.Optional.of(choice.substring(choice.indexOf('|') + 1)).filter(b -> !b.isBlank())
                : java.util.Optional.empty();
    }

    private static String paper(Map<String, ?> variables, Map<String, String> errors) {
        String paper = Inputs.text(variables.get(COUNCIL_PAPER_REFERENCE));
        if (paper != null && paper.length() > PAPER_REFERENCE_LENGTH) {
            errors.put(COUNCIL_PAPER_REFERENCE, TextLimits.tooLong(Texts.text("cosign.paper.what"),
                    PAPER_REFERENCE_LENGTH));
        }
        return paper;
    }

    /** A meeting chosen from the council information system, else the date typed in. */
    private static LocalDate meeting(Map<String, ?> variables, String missing, Map<String, String> errors) {
        Object choice = variables.get(COUNCIL_MEETING_CHOICE) instanceof String c && c.contains("|")
                ? c.substring(0, c.indexOf('|')) : variables.get(COUNCIL_MEETING_CHOICE);
        LocalDate meeting = Dates.parse(choice)
                .or(() -> Dates.parse(variables.get(COUNCIL_MEETING_DATE))).orElse(null);
        if (meeting == null) {
            errors.put(COUNCIL_MEETING_DATE, missing);
        }
        return meeting;
    }

    private static BigDecimal ceiling(Map<String, ?> variables, Map<String, String> errors) {
        return Inputs.amount(variables.get(COST_CEILING_EUR), COST_CEILING_EUR, Texts.text("cosign.ceiling.what"), 2,
                MAX_CEILING_EUR, false, errors);
    }

    /** What the town would have spent on the measure alone (optional; the measured synergy reads it). */
    private static BigDecimal standalone(Map<String, ?> variables, Map<String, String> errors) {
        return Inputs.amount(variables.get(STANDALONE_COST_EUR), STANDALONE_COST_EUR,
                Texts.text("cosign.standalone-what"), 2, MAX_CEILING_EUR, false, errors);
    }

    private static BigDecimal scaled(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static String comment(Map<String, ?> variables, Map<String, String> errors) {
        String comment = Inputs.text(variables.get(COSIGN_COMMENT));
        if (comment != null && comment.length() > TextLimits.TEXT) {
            errors.put(COSIGN_COMMENT, TextLimits.tooLong(Texts.text("cosign.comment.what")));
        }
        return comment;
    }
}
