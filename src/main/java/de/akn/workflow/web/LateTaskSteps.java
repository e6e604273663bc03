package de.akn.workflow.web;

import de.akn.workflow.common.ConflictProblem;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import java.lang.reflect.Field;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.ReflectionUtils;

/**
 * A task step that came too late: two colleagues, or a climate manager and the deputy, opened the same task, and
 * the other one completed or claimed it first. Depending on the moment the engine fails in different ways — the
 * task is not found, an optimistic-locking conflict at commit, a process instance whose executions are gone
 * while a listener runs — so the answer does not depend on the failure but on the state afterwards: a completion
 * or form submission that failed while the task is no longer open but ended in the history came too late (409
 * "bereits erledigt"), as does a claim of a task someone else holds. A task id that never existed, and a refusal
 * of the person's own input or rights, keep their answers.
 */
final class LateTaskSteps {

    private static final List<Class<?>> STEPS = List.of(CompleteTaskCmd.class, SubmitTaskFormCmd.class,
            ClaimTaskCmd.class);

    private static final Logger log = LoggerFactory.getLogger(LateTaskSteps.class);

    private LateTaskSteps() {
    }

    static boolean cameTooLate(Command<?> command, RuntimeException failure,
            ProcessEngineConfigurationImpl configuration) {
        if (failure instanceof AuthorizationException || failure instanceof ConflictProblem
                || failure instanceof ValidationProblem) {
            return false; // the person's own input or rights: the step was in time
        }
        String taskId = taskId(command);
        if (taskId == null) {
            return false;
        }
        if (failure instanceof TaskAlreadyClaimedException) {
            return true;
        }
        try {
            return configuration.getCommandExecutorTxRequiresNew().execute(context -> {
                if (context.getTaskManager().findTaskById(taskId) != null) {
                    return false;
                }
                // done, not unknown: a task id that never existed keeps the engine's answer
                HistoricTaskInstanceEntity done = context.getHistoricTaskInstanceManager()
                        .findHistoricTaskInstanceById(taskId);
                return done != null && done.getEndTime() != null;
            });
        } catch (RuntimeException lookupFailed) { // e.g. the database is away: the original failure tells
            failure.addSuppressed(lookupFailed);
            return false;
        }
    }

    static ConflictProblem problem(RuntimeException failure) {
        var problem = new ConflictProblem(Texts.text(failure instanceof TaskAlreadyClaimedException
                ? "task.already-claimed" : "task.already-done"));
        problem.initCause(failure);
        return problem;
    }

    /** The task of a completion, form submission or claim; null for any other command. */
    static String taskId(Command<?> command) {
        if (STEPS.stream().noneMatch(step -> step.isInstance(command))) {
            return null;
        }
        Field field = ReflectionUtils.findField(command.getClass(), "taskId", String.class);
        if (field == null) {
            log.warn("{} has no field taskId (Camunda upgraded?): a late task step answers as the engine does",
                    command.getClass().getName());
            return null;
        }
        ReflectionUtils.makeAccessible(field);
        return (String) ReflectionUtils.getField(field, command);
    }
}
