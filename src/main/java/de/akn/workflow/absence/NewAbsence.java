package de.akn.workflow.absence;

import de.akn.workflow.absence.AbsenceService.Caller;
import de.akn.workflow.common.ForbiddenProblem;
import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An absence to record, read from the API's JSON or the Tasklist start form once: who is away (the caller
 * if none is named), from when to when, and who stands in. Rules that need the directory, the stored
 * absences or today's date are the service's; they are reported once the input itself is readable.
 */
public record NewAbsence(String userId, LocalDate from, LocalDate to, String deputy) {

    /**
     * Reads {@code userId}, {@code from}, {@code to} and {@code deputy}; a caller who may not act for the user
     * is refused before the input is looked at, as by {@link AbsenceService#record}.
     */
    public static NewAbsence read(Map<String, ?> input, Caller caller) {
        String userId = Inputs.text(input.get(AbsenceProcess.USER_ID));
        if (userId == null) {
            userId = caller.userId();
        }
        if (!caller.mayActFor(userId)) {
            throw new ForbiddenProblem(Texts.text("absence.record.forbidden"));
        }
        var errors = new LinkedHashMap<String, String>();
        LocalDate from = Inputs.date(input.get(AbsenceProcess.FROM), AbsenceProcess.FROM,
                Texts.text("absence.from.what"), errors);
        LocalDate to = Inputs.date(input.get(AbsenceProcess.TO), AbsenceProcess.TO, Texts.text("absence.to.what"),
                errors);
        String deputy = Inputs.text(input.get(AbsenceProcess.DEPUTY));
        if (deputy == null) {
            errors.put(AbsenceProcess.DEPUTY, Texts.text("absence.deputy.missing"));
        }
        ValidationProblem.throwIfAny(errors);
        return new NewAbsence(userId, from, to, deputy);
    }
}
