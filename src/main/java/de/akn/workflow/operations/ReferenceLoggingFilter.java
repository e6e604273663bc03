package de.akn.workflow.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the measure reference of an API request ({@code /api/measures/AKN-2026-001…}) into the
 * logging context as {@code reference} — the key Camunda uses for the business key inside the
 * engine ({@code logging-context-business-key}), so one grep finds a measure's whole story.
 */
@Component
class ReferenceLoggingFilter extends OncePerRequestFilter {

    static final String MDC_KEY = "reference";
    private static final Pattern MEASURE_PATH = Pattern.compile("^/api/measures/(AKN-\\d{4}-\\d{3,})(/.*)?$");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var matcher = MEASURE_PATH.matcher(request.getRequestURI());
        if (!matcher.matches()) {
            chain.doFilter(request, response);
            return;
        }
        try (var ignored = MDC.putCloseable(MDC_KEY, matcher.group(1))) {
            chain.doFilter(request, response);
        }
    }
}
