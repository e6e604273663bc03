package de.akn.workflow.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Stream;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the Tasklist and Cockpit extensions (the tab "Maßnahme", the dashboard) read {@code /api}
 * with the session the user logged in to the webapps with — read only: GET and HEAD without an
 * {@code Authorization} header, the user and groups exactly as the webapp session holds them.
 * The one write through the session is the upload of a file for an event or brochure from the Tasklist
 * tab, and only with the webapps' own CSRF token ({@code X-XSRF-TOKEN} equal to the session's, as
 * Camunda's {@code CsrfPreventionFilter} demands it for the webapps' API). Anything else that changes data
 * still needs HTTP Basic (so no cross-site request can change it through the session). See ADR 0006.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

    private final String engineName;

    WebappSessionAuthenticationFilter(String engineName) {
        this.engineName = engineName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        boolean readOnly = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if ((readOnly || isUploadWithCsrfToken(request, session)) && session != null && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && SecurityContextHolder.getContext().getAuthentication() == null) {
            var authentications = AuthenticationUtil.getAuthsFromSession(session);
            if (authentications != null
                    && authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user
                    && user.getGroupIds() != null) {
                var authorities = user.getGroupIds().stream()
                        .flatMap(group -> Stream.of(group, CamundaIdentityAuthenticationProvider.ROLE_PREFIX + group))
                        .map(SimpleGrantedAuthority::new).toList();
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getName(), null,
                        authorities));
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }

    /** {@code POST /api/measures/{reference}/files} carrying the session's CSRF token. */
    private static boolean isUploadWithCsrfToken(HttpServletRequest request, jakarta.servlet.http.HttpSession session) {
        if (session == null || !"POST".equals(request.getMethod())
                || !UPLOAD.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches()) {
            return false;
        }
        Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String given = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        return expected instanceof String token && given != null && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static final Pattern UPLOAD = Pattern.compile("/api/measures/[^/]+/files");
}
