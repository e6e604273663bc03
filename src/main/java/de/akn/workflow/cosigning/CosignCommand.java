package de.akn.workflow.cosigning;

import static de.akn.workflow.cosigning.CosigningProcess.COSIGN_COMMENT;
import static de.akn.workflow.cosigning.CosigningProcess.COSIGN_DECISION;
import static de.akn.workflow.cosigning.CosigningProcess.COUNCIL_DECISION;
import static de.akn.workflow.cosigning.CosigningProcess.COUNCIL_MEETING_DATE;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.TextLimits;
import de.akn.workflow.common.ValidationProblem;
import java.time.LocalDate;
import java.util.Map;

/**
 * A town's decision on co-signing, or its council's, read from the task's variables once: the
 * decision, an optional comment and — when the council decides — the meeting date. Whether the
 * meeting lies in the future is the service's rule (it knows the date).
 */
public record CosignCommand(String member, CosignDecision decision, String comment, LocalDate councilMeetingDate) {

    /** {@code Task_CosignDecision}: co-sign, decline, or wait for the council (with the meeting date). */
    public static CosignCommand ofDecision(String member, Map<String, ?> variables) {
        CosignDecision decision = Inputs.enumValue(CosignDecision.class, variables.get(COSIGN_DECISION));
        if (decision == null) {
            throw ValidationProblem.of(COSIGN_DECISION,
                    "Bitte entscheiden: mitzeichnen, ablehnen oder Ratsbeschluss abwarten.");
        }
        String comment = comment(variables);
        LocalDate meeting = null;
        if (decision == CosignDecision.COUNCIL_PENDING) {
            meeting = Dates.parse(variables.get(COUNCIL_MEETING_DATE)).orElseThrow(() -> ValidationProblem.of(
                    COUNCIL_MEETING_DATE, "Bitte das Datum der Ratssitzung angeben (TT.MM.JJJJ)."));
        }
        return new CosignCommand(member, decision, comment, meeting);
    }

    /** {@code Task_RecordCouncilDecision}: the council co-signed or declined. */
    public static CosignCommand ofCouncilDecision(String member, Map<String, ?> variables) {
        CosignDecision decision = Inputs.enumValue(CosignDecision.class, variables.get(COUNCIL_DECISION));
        if (decision == null || decision == CosignDecision.COUNCIL_PENDING) {
            throw ValidationProblem.of(COUNCIL_DECISION, "Bitte den Ratsbeschluss eintragen: mitzeichnen oder ablehnen.");
        }
        return new CosignCommand(member, decision, comment(variables), null);
    }

    private static String comment(Map<String, ?> variables) {
        String comment = Inputs.text(variables.get(COSIGN_COMMENT));
        if (comment != null && comment.length() > TextLimits.TEXT) {
            throw ValidationProblem.of(COSIGN_COMMENT, TextLimits.tooLong("Der Kommentar"));
        }
        return comment;
    }
}
