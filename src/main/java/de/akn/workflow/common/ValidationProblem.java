package de.akn.workflow.common;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Invalid input, with one German message per field. As a {@link FormFieldValidationException}
 * it is answered with 400 by our API and by the engine REST API (task completion, form
 * submission), and Tasklist shows its message under the form; the transaction rolls back,
 * nothing is stored.
 */
public class ValidationProblem extends FormFieldValidationException {

    private final Map<String, String> errors;

    public ValidationProblem(Map<String, String> errors) {
        super(Map.copyOf(errors), Texts.text("input.invalid", "errors", String.join(" ", errors.values())));
        this.errors = new LinkedHashMap<>(errors);
    }

    public static ValidationProblem of(String field, String message) {
        return new ValidationProblem(Map.of(field, message));
    }

    /** Throws the collected errors, if there are any. */
    public static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
    }

    public Map<String, String> errors() {
        return errors;
    }
}
