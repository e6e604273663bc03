package de.akn.workflow.implementation;

import static de.akn.workflow.implementation.ImplementationProcess.*;
import static de.akn.workflow.common.Inputs.*;

import de.akn.workflow.common.TextLimits;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.measure.ProposalValidator;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules of a progress report: percent 0–100 and not below the previous report unless a reason
 * is given; amounts ≥ 0; a report text within {@link TextLimits#TEXT}.
 */
public final class ProgressReportValidator {

    private ProgressReportValidator() {
    }

    /**
     * @param previousPercent the percentage of the previous report, or {@code null} for the first
     * @throws ValidationProblem with one German message per invalid field
     */
    public static ProgressFigures validate(Map<String, ?> input, Integer previousPercent) {
        var errors = new LinkedHashMap<String, String>();
        Integer percent = percent(input.get(PROGRESS_PERCENT), errors);
        ProgressStatus status = enumValue(ProgressStatus.class, input.get(PROGRESS_STATUS), PROGRESS_STATUS,
                Texts.text("progress-report.status.missing"), errors);
        BigDecimal spent = amount(input.get(SPENT_EUR), SPENT_EUR, Texts.text("progress-report.spent.what"), 2,
                ProposalValidator.MAX_EUR, true, errors);
        BigDecimal co2 = amount(input.get(CO2_SAVED_TONNES), CO2_SAVED_TONNES, Texts.text("progress-report.co2.what"),
                2, ProposalValidator.MAX_EUR, false, errors);
        String progressText = text(input.get(PROGRESS_TEXT));
        if (progressText == null) {
            errors.put(PROGRESS_TEXT, Texts.text("progress-report.text.missing"));
        } else if (progressText.length() > TextLimits.TEXT) {
            errors.put(PROGRESS_TEXT, TextLimits.tooLong(Texts.text("progress-report.text.what")));
        }
        String reason = text(input.get(PERCENT_DECREASE_REASON));
        if (percent != null && previousPercent != null && percent < previousPercent) {
            if (reason == null) {
                errors.put(PERCENT_DECREASE_REASON, Texts.text("progress-report.percent.decrease", "percent", percent,
                        "previous", previousPercent));
            }
        } else {
            reason = null;
        }
        if (reason != null && reason.length() > TextLimits.TEXT) {
            errors.put(PERCENT_DECREASE_REASON, TextLimits.tooLong(Texts.text("progress-report.reason.what")));
        }
        Boolean finalReport = bool(input.get(FINAL_REPORT), errors);
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
        return new ProgressFigures(percent, status, spent, co2, progressText, reason, finalReport);
    }

    private static Integer percent(Object value, Map<String, String> errors) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            errors.put(PROGRESS_PERCENT, Texts.text("progress-report.percent.missing"));
            return null;
        }
        Integer percent = integer(value);
        if (percent == null || percent < 0 || percent > 100) {
            errors.put(PROGRESS_PERCENT, Texts.text("progress-report.percent.invalid"));
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
        if (value instanceof String s) {
            switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "ja" -> {
                    return true;
                }
                case "false", "nein" -> {
                    return false;
                }
                default -> {
                    // below
                }
            }
        }
        errors.put(FINAL_REPORT, Texts.text("progress-report.final.invalid"));
        return false;
    }
}
