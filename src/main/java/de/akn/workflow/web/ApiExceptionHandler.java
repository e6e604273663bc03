package de.akn.workflow.web;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
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
                e instanceof de.akn.workflow.measure.NotAMemberException ? e.getMessage()
                        : "Ihr Konto hat für diese Aktion keine Berechtigung.");
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
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Ungültige Eingabe");
        problem.setProperty("errors", e.errors());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Die Anfrage ist kein gültiges JSON-Dokument der erwarteten Form.");
        problem.setTitle("Ungültige Eingabe");
        return ResponseEntity.badRequest().body(problem);
    }
}
