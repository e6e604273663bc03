package de.akn.workflow.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import de.akn.workflow.common.ConflictProblem;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda's REST resources wrap a refused form — our German message — as "Cannot submit task form
 * 3f2a…: …" or "Cannot instantiate process definition absence:1:…: …", and Tasklist shows that under
 * the form: English, with a technical id. Both engine REST APIs (Tasklist's {@code /camunda/api/engine}
 * and {@code /engine-rest}) are separate JAX-RS applications, so the answer is rewritten here: a 400 to a
 * form submission or task completion keeps only the message after the prefix. A {@link ConflictProblem}
 * thrown while the form is submitted reaches Camunda's exception handler unwrapped and is answered with 500;
 * here it becomes the 409 with its German message it is — also for a task completed or claimed a moment before
 * by someone else (see {@code EngineExceptionUnwrapper}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class FormSubmissionErrorFilter extends OncePerRequestFilter {

    private static final Pattern SUBMISSION = Pattern.compile(
            "/(camunda/api/engine/engine/[^/]+|engine-rest)/(task/[^/]+/(submit-form|complete|claim)"
                    + "|process-definition/.+/(submit-form|start))");
    private static final Pattern PREFIX = Pattern.compile(
            "^Cannot (submit task form|instantiate process definition|complete task) \\S+: ");

    private final ObjectMapper json;

    FormSubmissionErrorFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !SUBMISSION.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if ((wrapper.getStatus() == HttpServletResponse.SC_BAD_REQUEST
                || wrapper.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR)
                && wrapper.getContentType() != null && wrapper.getContentType().contains("json")) {
            byte[] body = wrapper.getContentAsByteArray();
            JsonNode answer = readOrNull(body);
            if (wrapper.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
                if (answer instanceof ObjectNode object
                        && ConflictProblem.class.getSimpleName().equals(object.path("type").asText())) {
                    wrapper.setStatus(HttpServletResponse.SC_CONFLICT);
                }
            } else if (answer instanceof ObjectNode object && object.path("message").isTextual()) {
                String message = object.get("message").asText();
                String german = PREFIX.matcher(message).replaceFirst("");
                if (!german.equals(message)) {
                    object.put("message", german);
                    wrapper.resetBuffer();
                    wrapper.getOutputStream().write(json.writeValueAsBytes(object));
                }
            }
        }
        wrapper.copyBodyToResponse();
    }

    private JsonNode readOrNull(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
