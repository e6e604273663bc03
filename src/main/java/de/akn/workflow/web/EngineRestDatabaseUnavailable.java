package de.akn.workflow.web;

import de.akn.workflow.common.DatabaseUnavailable;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import jakarta.ws.rs.core.MediaType;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * {@code /engine-rest} (Jersey) while the database is away: Camunda's own mappers would answer 500;
 * a transaction that cannot begin gets the same German 503 problem as our API. And a
 * {@link ValidationProblem} of a listener (e.g. a task assigned to a person of another town) is a
 * 400 with its German message everywhere, not only where Camunda's resource catches it (task
 * completion, form submission).
 */
@Component
class EngineRestDatabaseUnavailable implements ResourceConfigCustomizer {

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(TransactionMapper.class);
        config.register(DataAccessMapper.class);
        config.register(ValidationProblemMapper.class);
        config.register(InvalidRequestMapper.class);
    }

    /**
     * Camunda's form submission wraps a listener's refusal as "Cannot instantiate process definition
     * absence:1:…: Die Eingaben …" (English, with a technical id), which Tasklist shows as it is:
     * our German message alone instead; any other invalid request as Camunda answers it.
     */
    public static class InvalidRequestMapper implements ExceptionMapper<InvalidRequestException> {
        @Override
        public Response toResponse(InvalidRequestException e) {
            for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
                if (t instanceof ValidationProblem problem) {
                    return new ValidationProblemMapper().toResponse(problem);
                }
            }
            return Response.status(e.getStatus()).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("type",
                    e.getClass().getSimpleName(), "message", String.valueOf(e.getMessage()))).build();
        }
    }

    /** Our rules' German answer to bad input, in Camunda's error format. */
    public static class ValidationProblemMapper implements ExceptionMapper<ValidationProblem> {
        @Override
        public Response toResponse(ValidationProblem e) {
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("type",
                    "InvalidRequestException", "message", e.getMessage(), "errors", e.errors())).build();
        }
    }

    static Response answer(Throwable e) {
        if (!DatabaseUnavailable.isCause(e)) {
            return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("type",
                    e.getClass().getSimpleName(), "message", Texts.text("problem.failed"))).build();
        }
        return Response.status(503).header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                .type("application/problem+json").entity(Map.of("type", "about:blank", "title",
                        DatabaseUnavailable.TITLE, "status", 503, "detail", DatabaseUnavailable.DETAIL)).build();
    }

    /** Spring's transaction could not begin (no connection). */
    public static class TransactionMapper implements ExceptionMapper<TransactionException> {
        @Override
        public Response toResponse(TransactionException e) {
            return answer(e);
        }
    }

    /** A query failed for want of a connection. */
    public static class DataAccessMapper implements ExceptionMapper<org.springframework.dao.DataAccessException> {
        @Override
        public Response toResponse(org.springframework.dao.DataAccessException e) {
            return answer(e);
        }
    }
}
