package de.akn.workflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.akn.workflow.common.DatabaseUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine's REST APIs while the database is away. Tasklist and Cockpit talk to the webapps' own JAX-RS
 * applications ({@code /camunda/api/…}), whose exception handlers answer every failure with an English 500 —
 * "Could not open JPA EntityManager for transaction" — and a connection lost in the middle of a query reaches
 * {@code /engine-rest} as a plain {@code ProcessEngineException}. Whatever the failure: a 500 of these APIs
 * while the database cannot be reached becomes the German 503 problem with {@code Retry-After}, as everywhere
 * else; nothing was stored (the transaction never began or was rolled back). Other 500s stay as they are.
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
        var wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
            if (wrapper.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR && databaseAway()) {
                log.warn("{} {}: database not reachable, answered 503", request.getMethod(), request.getRequestURI());
                wrapper.resetBuffer();
                wrapper.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                wrapper.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
                wrapper.setContentType("application/problem+json");
                wrapper.setCharacterEncoding("UTF-8");
                var problem = new LinkedHashMap<String, Object>();
                problem.put("type", "about:blank");
                problem.put("title", DatabaseUnavailable.TITLE);
                problem.put("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                problem.put("detail", DatabaseUnavailable.DETAIL);
                problem.put("message", DatabaseUnavailable.DETAIL); // what Tasklist and Cockpit show
                wrapper.getOutputStream().write(json.writeValueAsBytes(problem));
            }
        } finally {
            wrapper.copyBodyToResponse();
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
