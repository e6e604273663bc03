package de.akn.workflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.akn.workflow.common.Texts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * German answers of the single sign-on (profile {@code oidc}) that are no 401 or 403 of the APIs: the provider
 * cannot be reached (503), a login at the provider refused (403) — a page for a person in a browser
 * ({@code templates/sign-on/problem.html}), a problem for a program.
 */
class SignOnProblems {

    private final ObjectMapper json;
    private final ITemplateEngine templates;

    SignOnProblems(ObjectMapper json, ITemplateEngine templates) {
        this.json = json;
        this.templates = templates;
    }

    void providerUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "30");
        write(request, response, HttpStatus.SERVICE_UNAVAILABLE, Texts.text("oidc.unavailable.title"),
                Texts.text("oidc.unavailable.detail"));
    }

    void loginRefused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, Texts.text("oidc.login-refused.title"),
                Texts.text("oidc.login-refused.detail"));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
            String detail) throws IOException {
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            templates.process("sign-on/problem", new Context(Locale.GERMAN, Map.of("title", title, "detail", detail)),
                    response.getWriter());
            return;
        }
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
