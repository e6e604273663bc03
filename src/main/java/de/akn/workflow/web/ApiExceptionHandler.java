package de.akn.workflow.web;

import de.akn.workflow.common.DatabaseUnavailable;
import de.akn.workflow.common.Texts;
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
            case 400 -> Texts.text("problem.title.bad-request");
            case 403 -> Texts.text("problem.title.forbidden");
            case 404 -> Texts.text("problem.title.not-found");
            case 409 -> Texts.text("problem.title.conflict");
            case 502 -> Texts.text("problem.title.bad-gateway");
            case 503 -> Texts.text("problem.title.unavailable");
            default -> title;
        };
    }

    private static String germanDetail(Exception e) {
        if (e instanceof HttpMessageNotReadableException) {
            return Texts.text("problem.unreadable");
        } else if (e instanceof HttpRequestMethodNotSupportedException x) {
            return Texts.text("problem.method", "method", x.getMethod());
        } else if (e instanceof HttpMediaTypeNotSupportedException x
                && x.getSupportedMediaTypes().contains(org.springframework.http.MediaType.MULTIPART_FORM_DATA)) {
            return Texts.text("problem.multipart");
        } else if (e instanceof HttpMediaTypeNotSupportedException) {
            return Texts.text("problem.json-only");
        } else if (e instanceof org.springframework.web.multipart.support.MissingServletRequestPartException x) {
            return Texts.text("problem.part-missing", "part", x.getRequestPartName());
        } else if (e instanceof HttpMediaTypeNotAcceptableException) {
            return Texts.text("problem.not-acceptable");
        } else if (e instanceof MissingServletRequestParameterException x) {
            return Texts.text("problem.parameter-missing", "parameter", x.getParameterName());
        } else if (e instanceof TypeMismatchException x) {
            return Texts.text("problem.type-mismatch", "value", x.getValue(), "property", x.getPropertyName());
        } else if (e instanceof NoResourceFoundException) {
            return Texts.text("problem.no-resource");
        }
        return Texts.text("problem.failed");
    }

    /** An upload beyond the container's limit ({@code spring.servlet.multipart.*}): a German 400 like any too large file. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            org.springframework.web.multipart.MaxUploadSizeExceededException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(uploadProblem(Texts.text("problem.upload-too-large",
                "megabytes", maxFileSize.toMegabytes())));
    }

    /** An upload that is no readable multipart request. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ProblemDetail> badUpload(org.springframework.web.multipart.MultipartException e) {
        return ResponseEntity.badRequest().body(uploadProblem(Texts.text("problem.upload-unreadable")));
    }

    private static ProblemDetail uploadProblem(String detail) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(Texts.text("problem.title.invalid"));
        problem.setProperty("errors", java.util.Map.of("file", detail));
        return problem;
    }

    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail forbidden(AuthorizationException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                e instanceof de.akn.workflow.common.ForbiddenProblem ? e.getMessage()
                        : Texts.text("problem.forbidden"));
        problem.setTitle(Texts.text("problem.title.forbidden"));
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
                Texts.text("problem.busy"));
        problem.setTitle(Texts.text("problem.title.busy"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, Texts.text("problem.not-found"));
        problem.setTitle(Texts.text("problem.title.not-found"));
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
        problem.setTitle(Texts.text("problem.title.invalid"));
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
            problem.setTitle(Texts.text(status.value() == 404 ? "problem.title.not-found"
                    : "problem.title.bad-request"));
            problem.setDetail(germanDetail(e));
        } else if (problem != null) {
            // our own answers (404, 409, 502 …) carry a German detail; their title is German too
            problem.setTitle(germanTitle(status.value(), problem.getTitle()));
        }
        return super.handleExceptionInternal(e, problem != null ? problem : body, headers, status, request);
    }
}
