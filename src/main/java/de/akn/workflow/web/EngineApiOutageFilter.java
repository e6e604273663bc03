package de.akn.workflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.akn.workflow.common.DatabaseUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's REST APIs while the database is away. Tasklist and Cockpit talk to the webapps' own JAX-RS
 * applications ({@code /camunda/api/…}), whose exception handlers answer every failure with an English 500 —
 * "Could not open JPA EntityManager for transaction" — and a connection lost in the middle of a query reaches
 * {@code /engine-rest} as a plain {@code ProcessEngineException}. Whatever the failure: a 500 of these APIs
 * while the database cannot be reached becomes the German 503 problem with {@code Retry-After}, as everywhere
 * else (the transaction never began or was rolled back — a connection lost during the commit itself leaves the
 * outcome open, as on {@code /api}). Other 500s stay as they are. Only a 500's body is held back; every other
 * answer, and a long poll that answers later, goes straight through.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 15)
class EngineApiOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EngineApiOutageFilter.class);

    /** Optional: the web slices of the tests run without a database. */
    private final ObjectProvider<DataSource> dataSource;
    private final ObjectMapper json;

    EngineApiOutageFilter(ObjectProvider<DataSource> dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/engine-rest/") && !path.startsWith("/camunda/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var held = new HeldServerError(response);
        chain.doFilter(request, held);
        if (request.isAsyncStarted()) {
            held.release(); // a long poll answers later, straight through
            return;
        }
        if (!held.serverError) {
            return;
        }
        if (databaseAway()) {
            log.warn("{} {}: database not reachable, answered 503", request.getMethod(), request.getRequestURI());
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            var problem = new LinkedHashMap<String, Object>();
            problem.put("type", "about:blank");
            problem.put("title", DatabaseUnavailable.TITLE);
            problem.put("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            problem.put("detail", DatabaseUnavailable.DETAIL);
            problem.put("message", DatabaseUnavailable.DETAIL); // what Tasklist and Cockpit show
            response.getOutputStream().write(json.writeValueAsBytes(problem));
        } else {
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            held.body.writeTo(response.getOutputStream());
        }
    }

    /**
     * Passes every answer straight through (no buffering of lists, diagrams or downloads) — except a 500, whose
     * body is held back until the filter knows whether the database is away.
     */
    static final class HeldServerError extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private boolean serverError;
        private boolean released;
        private PrintWriter writer;

        HeldServerError(HttpServletResponse response) {
            super(response);
        }

        void release() {
            released = true;
        }

        private boolean holding(int status) {
            if (!released) {
                // a filter inside may still turn the 500 into something else (a refused form into its 409)
                serverError = status == SC_INTERNAL_SERVER_ERROR;
            }
            return serverError && !released;
        }

        @Override
        public void setStatus(int status) {
            if (!holding(status)) {
                super.setStatus(status);
                passOnHeldBody();
            }
        }

        @Override
        public int getStatus() {
            return serverError && !released ? SC_INTERNAL_SERVER_ERROR : super.getStatus();
        }

        /** Bytes held while it looked like a 500 belong to the answer after all. */
        private void passOnHeldBody() {
            if (body.size() > 0) {
                try {
                    if (writer != null) {
                        writer.flush();
                    }
                    body.writeTo(super.getOutputStream());
                    body.reset();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            if (!holding(status)) {
                super.sendError(status);
            }
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (!holding(status)) {
                super.sendError(status, message);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!serverError || released) {
                return super.getOutputStream();
            }
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (!serverError || released) {
                return super.getWriter();
            }
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8), true);
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!serverError || released) {
                super.flushBuffer();
            } else if (writer != null) {
                writer.flush();
            }
        }
    }

    /** Whether a connection can be had and is valid now (waits at most the pool's connection time-out). */
    private boolean databaseAway() {
        DataSource database = dataSource.getIfAvailable();
        if (database == null) {
            return false;
        }
        try (Connection connection = database.getConnection()) {
            return !connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return true;
        }
    }
}
