package de.akn.workflow.security;

import de.akn.workflow.common.Texts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.akn.workflow.common.ProcessRules;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The variables that tie a task to its measure, town, meeting or round belong to the process: whoever
 * completes a task, submits its form or sets its variables (engine REST, the webapps' engine API) may send
 * them back unchanged (Camunda Forms send read-only fields too) but cannot change them — else a town could
 * complete its own task "as" another town ({@code member}), on another measure ({@code measureId}) or
 * meeting. A change is refused with a German 400 before the engine sees it. Which variables these are, each
 * module declares for its processes ({@link ProcessRules}).
 */
class ProcessOwnedVariablesFilter extends OncePerRequestFilter {

    private static final Pattern TASK_WRITE = Pattern.compile(
            "(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/"
                    + "(complete|submit-form|resolve|variables|localVariables)(?:/([^/]+))?(?:/data)?/?");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Dates as the engine's REST API writes and reads them (Camunda's default format). */
    private static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final TaskService taskService;
    private final IdentityDirectory directory;
    /** Set by the processes and their listeners, never by a person: contributed by the modules. */
    private final Set<String> processOwned;

    ProcessOwnedVariablesFilter(TaskService taskService, IdentityDirectory directory, List<ProcessRules> rules) {
        this.taskService = taskService;
        this.directory = directory;
        this.processOwned = rules.stream().flatMap(r -> r.ownedVariables().stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The variables no person may change. */
    Set<String> processOwned() {
        return processOwned;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        Matcher m = TASK_WRITE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!("POST".equals(method) || "PUT".equals(method)) || !m.matches()) {
            chain.doFilter(request, response);
            return;
        }
        String taskId = m.group(1);
        String single = m.group(3);
        if (single != null) {
            if (processOwned.contains(single)) {
                refuse(response, single);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String changed = changedProcessVariable(taskId, body);
        if (changed != null) {
            refuse(response, changed);
            return;
        }
        chain.doFilter(new ReplayedBody(request, body), response);
    }

    /** The first process-owned variable the body would change, or null. */
    private String changedProcessVariable(String taskId, byte[] body) {
        JsonNode root;
        try {
            root = body.length == 0 ? null : JSON.readTree(body);
        } catch (IOException e) {
            return null; // not JSON: the engine answers it
        }
        if (root == null || !root.isObject()) {
            return null;
        }
        for (String container : new String[] {"variables", "modifications"}) {
            JsonNode variables = root.get(container);
            if (variables == null || !variables.isObject()) {
                continue;
            }
            for (var entry : (Iterable<Map.Entry<String, JsonNode>>) variables::fields) {
                if (processOwned.contains(entry.getKey()) && !unchanged(taskId, entry.getKey(), entry.getValue())) {
                    return entry.getKey();
                }
            }
        }
        return null;
    }

    private boolean unchanged(String taskId, String name, JsonNode submitted) {
        Object current;
        try {
            current = directory.withoutAuthorization(() -> taskService.getVariable(taskId, name));
        } catch (ProcessEngineException e) {
            return true; // no such task: the engine answers it
        }
        JsonNode value = submitted == null ? null : submitted.get("value");
        if (current instanceof Date date) {
            // dates come back as the engine writes them; compare the instants
            return value != null && value.isTextual() && parsesTo(value.asText(), date);
        }
        String given = value == null || value.isNull() ? null : value.isTextual() ? value.asText() : value.toString();
        return Objects.equals(given, current == null ? null : current.toString());
    }

    private static boolean parsesTo(String text, Date date) {
        try {
            return OffsetDateTime.parse(text, ENGINE_DATE).toInstant().equals(date.toInstant());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void refuse(HttpServletResponse response, String name) throws IOException {
        String message = Texts.text("security.field-owned-by-process", "name", name);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write(JSON.writeValueAsString(Map.of("type", "InvalidRequestException",
                "title", Texts.text("problem.title.invalid"), "status", 400, "detail", message, "message", message)));
    }

    /** The request with its body read once and handed on again. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
