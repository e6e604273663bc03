package de.akn.workflow.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Engine exceptions on {@code /api} as German {@code application/problem+json}.
 * Validation problems are answered with one German message per field.
 */
@RestControllerAdvice(basePackages = "de.akn.workflow")
class ApiExceptionHandler {

    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail forbidden(AuthorizationException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Ihr Konto hat für diese Aktion keine Berechtigung.");
        problem.setTitle("Keine Berechtigung");
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Nicht gefunden.");
        problem.setTitle("Nicht gefunden");
        return problem;
    }

    @ExceptionHandler(ValidationProblem.class)
    ResponseEntity<ProblemDetail> invalid(ValidationProblem e) {
        return ResponseEntity.badRequest().body(e.toProblem());
    }

    /** A 400 with a German summary and one German message per field. */
    public static class ValidationProblem extends RuntimeException {
        private final Map<String, String> errors;

        public ValidationProblem(Map<String, String> errors) {
            super("Die Eingaben sind unvollständig oder ungültig.");
            this.errors = new LinkedHashMap<>(errors);
        }

        public Map<String, String> errors() {
            return errors;
        }

        ProblemDetail toProblem() {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    getMessage() + " " + String.join(" ", errors.values()));
            problem.setTitle("Ungültige Eingabe");
            problem.setProperty("errors", errors);
            return problem;
        }
    }
}
