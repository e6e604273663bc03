package de.akn.workflow.common.web;

import de.akn.workflow.common.DatabaseUnavailable;
import de.akn.workflow.common.ValidationProblem;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Engine exceptions on {@code /api} as German {@code application/problem+json}.
 * Validation problems are answered with one German message per field.
 */
// for every handler, and for requests no handler accepts (415, 405): those have no handler to match a package
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    /** The largest file an upload may carry (files of events and brochures). */
    private final org.springframework.util.unit.DataSize maxFileSize;

    ApiExceptionHandler(@org.springframework.beans.factory.annotation.Value("${alliance.files.max-size:10MB}")
            org.springframework.util.unit.DataSize maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    private static String germanTitle(int status, String title) {
        return switch (status) {
            case 400 -> "Ungültige Anfrage";
            case 403 -> "Keine Berechtigung";
            case 404 -> "Nicht gefunden";
            case 409 -> "Derzeit nicht möglich";
            case 502 -> "Externes System nicht erreichbar";
            case 503 -> "Vorübergehend nicht verfügbar";
            default -> title;
        };
    }

    private static String germanDetail(Exception e) {
        if (e instanceof HttpMessageNotReadableException) {
            return "Die Anfrage ist kein gültiges JSON-Dokument der erwarteten Form.";
        } else if (e instanceof HttpRequestMethodNotSupportedException x) {
            return "Die Methode " + x.getMethod() + " ist hier nicht erlaubt.";
        } else if (e instanceof HttpMediaTypeNotSupportedException x
                && x.getSupportedMediaTypes().contains(org.springframework.http.MediaType.MULTIPART_FORM_DATA)) {
            return "Bitte die Datei als multipart/form-data im Feld „file“ senden.";
        } else if (e instanceof HttpMediaTypeNotSupportedException) {
            return "Bitte die Daten als JSON senden (Content-Type: application/json).";
        } else if (e instanceof org.springframework.web.multipart.support.MissingServletRequestPartException x) {
            return "Der Teil „" + x.getRequestPartName() + "“ fehlt: bitte die Datei im Feld „"
                    + x.getRequestPartName() + "“ senden.";
        } else if (e instanceof HttpMediaTypeNotAcceptableException) {
            return "Diese Antwort gibt es nur als JSON.";
        } else if (e instanceof MissingServletRequestParameterException x) {
            return "Der Parameter „" + x.getParameterName() + "“ fehlt.";
        } else if (e instanceof TypeMismatchException x) {
            return "Ungültiger Wert „" + x.getValue() + "“ für „" + x.getPropertyName() + "“.";
        } else if (e instanceof NoResourceFoundException) {
            return "Diese Adresse gibt es nicht.";
        }
        return "Die Anfrage konnte nicht verarbeitet werden.";
    }

    /** An upload beyond the container's limit ({@code spring.servlet.multipart.*}): a German 400 like any too large file. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            org.springframework.web.multipart.MaxUploadSizeExceededException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(uploadProblem("Die Datei ist zu groß. Erlaubt sind höchstens "
                + maxFileSize.toMegabytes() + " MB je Datei."));
    }

    /** An upload that is no readable multipart request. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ProblemDetail> badUpload(org.springframework.web.multipart.MultipartException e) {
        return ResponseEntity.badRequest().body(uploadProblem(
                "Die Datei konnte nicht gelesen werden. Bitte senden Sie sie als multipart/form-data im Feld „file“."));
    }

    private static ProblemDetail uploadProblem(String detail) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Ungültige Eingabe");
        problem.setProperty("errors", java.util.Map.of("file", detail));
        return problem;
    }

    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail forbidden(AuthorizationException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                e instanceof de.akn.workflow.common.ForbiddenProblem ? e.getMessage()
                        : "Ihr Konto hat für diese Aktion keine Berechtigung.");
        problem.setTitle("Keine Berechtigung");
        return problem;
    }

    /** The database is away (restart, network): 503 in German, the client tries again later. */
    @ExceptionHandler({org.springframework.transaction.CannotCreateTransactionException.class,
            org.springframework.dao.DataAccessResourceFailureException.class,
            org.springframework.dao.TransientDataAccessResourceException.class,
            org.hibernate.exception.JDBCConnectionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
                .body(DatabaseUnavailable.problem());
    }

    /** Two requests changed the same thing at once, or a lock was not free in time: try again. */
    @ExceptionHandler({org.springframework.dao.ConcurrencyFailureException.class,
            org.springframework.dao.TransientDataAccessException.class,
            org.camunda.bpm.engine.OptimisticLockingException.class})
    ResponseEntity<ProblemDetail> busy(Exception e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Gerade wird dasselbe gleichzeitig geändert. Bitte versuchen Sie es in einem Moment erneut; "
                        + "es wurde nichts gespeichert.");
        problem.setTitle("Bitte erneut versuchen");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Nicht gefunden.");
        problem.setTitle("Nicht gefunden");
        return problem;
    }

    @ExceptionHandler(de.akn.workflow.common.ConflictProblem.class)
    ResponseEntity<ProblemDetail> conflict(de.akn.workflow.common.ConflictProblem e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle(germanTitle(HttpStatus.CONFLICT.value(), "Conflict"));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(ValidationProblem.class)
    ResponseEntity<ProblemDetail> invalid(ValidationProblem e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Ungültige Eingabe");
        problem.setProperty("errors", e.errors());
        return ResponseEntity.badRequest().body(problem);
    }

    /** Spring MVC's own errors (unreadable body, wrong method, wrong parameter type …) in German. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        // some handlers pass no body (415, 406 …): the exception carries the problem then
        ProblemDetail problem = body instanceof ProblemDetail p ? p
                : body == null && e instanceof org.springframework.web.ErrorResponse r ? r.getBody() : null;
        if (problem != null && !(e instanceof ResponseStatusException)) {
            problem.setTitle(status.value() == 404 ? "Nicht gefunden" : "Ungültige Anfrage");
            problem.setDetail(germanDetail(e));
        } else if (problem != null) {
            // our own answers (404, 409, 502 …) carry a German detail; their title is German too
            problem.setTitle(germanTitle(status.value(), problem.getTitle()));
        }
        return super.handleExceptionInternal(e, problem != null ? problem : body, headers, status, request);
    }
}
