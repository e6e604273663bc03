package de.akn.workflow.support;

import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;

/** Acting as a user against the engine, with that user's groups and authorizations. */
public final class Users {

    private final IdentityService identityService;
    private final TaskService taskService;

    public Users(IdentityService identityService, TaskService taskService) {
        this.identityService = identityService;
        this.taskService = taskService;
    }

    public <T> T as(String user, Supplier<T> action) {
        var groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identityService.setAuthentication(user, groups);
        try {
            return action.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Completes a task as the user would in Tasklist (authorization checks apply). */
    public void complete(String user, Task task, Map<String, Object> variables) {
        as(user, () -> {
            taskService.complete(task.getId(), variables);
            return null;
        });
    }
}
