package de.akn.workflow.measure;

import static de.akn.workflow.measure.ImplementationProcess.*;
import static de.akn.workflow.measure.Inputs.*;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import de.akn.workflow.web.ValidationProblem;

/**
 * The fields of a progress report, validated: percent 0–100 and not below the previous report
 * unless a reason is given; amounts ≥ 0; a report text.
 */
public record ProgressReportInput(int progressPercent, ProgressStatus progressStatus, BigDecimal spentEur,
        BigDecimal co2SavedTonnes, String progressText, String percentDecreaseReason, boolean finalReport) {

    static final int MAX_TEXT = 4000;

    /**
     * @param previousPercent the percentage of the previous report, or {@code null} for the first
     * @throws ValidationProblem with one German message per invalid field
     */
    public static ProgressReportInput validate(Map<String, ?> input, Integer previousPercent) {
        var errors = new LinkedHashMap<String, String>();
        Integer percent = percent(input.get(PROGRESS_PERCENT), errors);
        ProgressStatus status = enumValue(ProgressStatus.class, input.get(PROGRESS_STATUS), PROGRESS_STATUS,
                "Bitte den Stand angeben: im Plan, verzögert oder gefährdet.", errors);
        BigDecimal spent = amount(input.get(SPENT_EUR), SPENT_EUR, "die bisher ausgegebenen Mittel (EUR)", 2,
                ProposalValidator.MAX_EUR, true, errors);
        BigDecimal co2 = amount(input.get(CO2_SAVED_TONNES), CO2_SAVED_TONNES, "die bisher eingesparten Tonnen CO2",
                2, ProposalValidator.MAX_EUR, false, errors);
        String progressText = text(input.get(PROGRESS_TEXT));
        if (progressText == null) {
            errors.put(PROGRESS_TEXT, "Bitte kurz beschreiben, was seit dem letzten Bericht geschehen ist.");
        } else if (progressText.length() > MAX_TEXT) {
            errors.put(PROGRESS_TEXT, "Der Bericht darf höchstens 4.000 Zeichen lang sein.");
        }
        String reason = text(input.get(PERCENT_DECREASE_REASON));
        if (percent != null && previousPercent != null && percent < previousPercent) {
            if (reason == null) {
                errors.put(PERCENT_DECREASE_REASON, "Der Fortschritt (" + percent + " %) ist geringer als im letzten "
                        + "Bericht (" + previousPercent + " %). Bitte begründen Sie das.");
            }
        } else {
            reason = null;
        }
        if (reason != null && reason.length() > MAX_TEXT) {
            errors.put(PERCENT_DECREASE_REASON, "Die Begründung darf höchstens 4.000 Zeichen lang sein.");
        }
        Boolean finalReport = bool(input.get(FINAL_REPORT), errors);
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
        return new ProgressReportInput(percent, status, spent, co2, progressText, reason, finalReport);
    }

    private static Integer percent(Object value, Map<String, String> errors) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            errors.put(PROGRESS_PERCENT, "Bitte den Fortschritt in Prozent angeben (0 bis 100).");
            return null;
        }
        Integer percent = integer(value);
        if (percent == null || percent < 0 || percent > 100) {
            errors.put(PROGRESS_PERCENT, "Der Fortschritt muss eine ganze Zahl von 0 bis 100 (Prozent) sein.");
            return null;
        }
        return percent;
    }

    private static Boolean bool(Object value, Map<String, String> errors) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Boolean.valueOf(s);
        }
        errors.put(FINAL_REPORT, "Bitte angeben, ob dies der Abschlussbericht ist (ja oder nein).");
        return false;
    }
}
