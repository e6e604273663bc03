package de.akn.workflow.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.akn.workflow.common.FormOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractGetDeployedFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Fills the run-time choices into Camunda Forms as the engine hands them out (to Tasklist and to
 * {@code /engine-rest}): every component with a {@code valuesKey} that a {@link FormOptions} source
 * knows gets that source's options as {@code values}. Tasklist 7.24 loads no variables for a start
 * form, so a {@code valuesKey} could not be filled there otherwise; the options never become
 * process variables (form-js submits only the fields' keys).
 */
@Component
class DeployedFormOptions extends AbstractProcessEnginePlugin {

    private final ObjectProvider<FormOptions> sources;
    private final ObjectMapper json = new ObjectMapper();

    DeployedFormOptions(ObjectProvider<FormOptions> sources) {
        this.sources = sources;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        var interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<CommandInterceptor>()
                : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                T result = next.execute(command);
                if (command instanceof AbstractGetDeployedFormCmd && result instanceof InputStream form) {
                    var authentication = configuration.getIdentityService().getCurrentAuthentication();
                    @SuppressWarnings("unchecked")
                    T filled = (T) fill(form, authentication == null ? null : authentication.getUserId());
                    return filled;
                }
                return result;
            }
        });
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    InputStream fill(InputStream form, String userId) {
        try (form) {
            byte[] bytes = form.readAllBytes();
            JsonNode root;
            try {
                root = json.readTree(bytes);
            } catch (IOException notJson) {
                return new ByteArrayInputStream(bytes); // an HTML or other form: as it is
            }
            var bySource = sources.orderedStream().collect(Collectors.toMap(FormOptions::key, Function.identity(),
                    (a, b) -> a));
            return fill(root, bySource, userId) ? new ByteArrayInputStream(json.writeValueAsBytes(root))
                    : new ByteArrayInputStream(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean fill(JsonNode node, Map<String, FormOptions> sources, String userId) {
        boolean changed = false;
        for (JsonNode component : node.path("components")) {
            if (component instanceof ObjectNode field && sources.containsKey(field.path("valuesKey").asText(""))) {
                var options = sources.get(field.get("valuesKey").asText()).options(userId);
                field.remove("valuesKey");
                field.set("values", json.valueToTree(options));
                changed = true;
            }
            changed |= fill(component, sources, userId);
        }
        return changed;
    }
}
