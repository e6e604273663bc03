package de.akn.workflow.security;

import de.akn.workflow.common.Texts;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters, created on start-up if missing (by name): "Meine Aufgaben",
 * "Aufgaben meiner Kommune" and, for the coordinator only, "Koordination: alle offenen
 * Aufgaben". Users keep filters they created themselves.
 */
@Component
public class TasklistFilters {

    public static final String MY_TASKS = "Meine Aufgaben";
    public static final String MY_MEMBER = "Aufgaben meiner Kommune";
    public static final String COORDINATION = "Koordination: alle offenen Aufgaben";

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;

    TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    public void apply(List<String> partnerGroups) {
        var everybody = new java.util.ArrayList<>(List.of(Groups.CLIMATE_MANAGERS, Groups.COORDINATOR));
        everybody.addAll(partnerGroups);
        ensure(MY_TASKS, -10, Texts.text("tasklist.filter.mine"),
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"), everybody);
        ensure(MY_MEMBER, 0, Texts.text("tasklist.filter.member"),
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks(), everybody);
        ensure(COORDINATION, 10, Texts.text("tasklist.filter.coordination"),
                taskService.createTaskQuery(), List.of(Groups.COORDINATOR));
    }

    private void ensure(String name, int priority, String description, TaskQuery query, List<String> readers) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name);
            filter.setProperties(Map.of("priority", priority, "description", description, "refresh", true,
                    "variables", List.of(Map.of("name", "reference", "label", "Aktenzeichen"),
                            Map.of("name", "title", "label", "Maßnahme"),
                            Map.of("name", "leadMemberName", "label", "Federführung"))));
            filter.setQuery(query);
            filterService.saveFilter(filter);
        }
        for (String group : readers) {
            boolean granted = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                    .groupIdIn(group).resourceType(Resources.FILTER).resourceId(filter.getId()).count() > 0;
            if (!granted) {
                var authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
                authorization.setGroupId(group);
                authorization.setResource(Resources.FILTER);
                authorization.setResourceId(filter.getId());
                authorization.addPermission(Permissions.READ);
                authorizationService.saveAuthorization(authorization);
            }
        }
    }
}
