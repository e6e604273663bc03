package de.akn.workflow.web;

import de.akn.workflow.common.ConflictProblem;
import de.akn.workflow.common.ValidationProblem;
import java.util.ArrayList;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps exceptions from listeners and delegates ("ENGINE-03051 There was an
 * exception while invoking the TaskListener …"). A {@link ValidationProblem} or an
 * {@link AuthorizationException} or {@link ConflictProblem} raised by our code inside a command is handed to
 * the caller as it is — after the transaction has rolled back — so that the REST API answers 400, 403 or 409
 * with the German message and Tasklist shows it under the form.
 *
 * <p>A task step that comes too late — the task was completed a moment before by a colleague or a deputy, two
 * of them completed it at once, or someone else claimed it first — is a {@link ConflictProblem} with a German
 * message (409), not whatever the engine happened to fail with (500); see {@link LateTaskSteps}.
 */
@Component
class EngineExceptionUnwrapper extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        var interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<CommandInterceptor>()
                : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new Unwrapping(configuration));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    static final class Unwrapping extends CommandInterceptor {

        private final ProcessEngineConfigurationImpl configuration;

        Unwrapping(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (RuntimeException e) {
                RuntimeException answer = unwrapped(e);
                if (LateTaskSteps.cameTooLate(command, answer, configuration)) {
                    throw LateTaskSteps.problem(answer);
                }
                throw answer;
            }
        }

        private static RuntimeException unwrapped(RuntimeException e) {
            if (e instanceof ProcessEngineException) {
                for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
                    if (t instanceof ValidationProblem || t instanceof AuthorizationException
                            || t instanceof ConflictProblem) {
                        return (RuntimeException) t;
                    }
                }
            }
            return e;
        }
    }
}
