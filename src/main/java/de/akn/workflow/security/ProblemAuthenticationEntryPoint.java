package de.akn.workflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.akn.workflow.common.Texts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.access.AccessDeniedHandler;

/** German {@code application/problem+json} answers for 401 and 403 on the REST APIs. */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler,
        RequestRejectedHandler {

    static final String REALM = "AKN im RKN";

    private final ObjectMapper objectMapper;

    ProblemAuthenticationEntryPoint(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // a script of the webapps (X-Requested-With) gets the 401 without the Basic challenge: the browser
        // would otherwise put its own login dialog over Tasklist or Cockpit
        if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        }
        write(request, response, HttpStatus.UNAUTHORIZED, Texts.text("security.unauthorized.title"),
                Texts.text("security.unauthorized.detail"));
    }

    /**
     * The 401 for bearer tokens (profile {@code oidc}): the challenge of RFC 6750 and a German detail that says
     * whether the token was missing or refused (expired, not yet valid, another issuer or audience, tampered).
     */
    AuthenticationEntryPoint forBearerTokens() {
        return (request, response, e) -> {
            boolean refused = e instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException;
            response.setHeader("WWW-Authenticate", refused
                    ? "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"" : "Bearer realm=\"" + REALM + "\"");
            write(request, response, HttpStatus.UNAUTHORIZED, Texts.text("oidc.unauthorized.title"),
                    Texts.text(refused ? "oidc.token-refused" : "oidc.token-missing"));
        };
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, Texts.text("security.forbidden.title"),
                Texts.text("security.forbidden.detail"));
    }

    /** The firewall refused the address (encoded ';', '%', '..' and the like). */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        write(request, response, HttpStatus.BAD_REQUEST, Texts.text("security.rejected.title"),
                Texts.text("security.rejected.detail"));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
            String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        try {
            problem.setInstance(URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException notAUri) {
            // a rejected address need not be a valid URI; the problem goes out without it
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
