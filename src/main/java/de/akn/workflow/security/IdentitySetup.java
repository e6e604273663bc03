package de.akn.workflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import de.akn.workflow.common.MemberKind;
import de.akn.workflow.common.ProcessRules.Audience;
import de.akn.workflow.common.ProcessRules.TasklistProcess;
import de.akn.workflow.common.ProcessRules;
import de.akn.workflow.common.Texts;
import de.akn.workflow.member.Member;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates and updates the Camunda groups, the demo users and the authorizations of
 * DESIGN.md. Every step is idempotent: it runs on each start and only adds or
 * updates what differs.
 */
@Component
public class IdentitySetup {

    private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);
    private static final String GROUP_TYPE = "WORKFLOW";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final DemoProperties properties;
    private final DemoUsers demoUsers;
    /** The process definitions of Tasklist, contributed by the modules that own them. */
    private final List<TasklistProcess> tasklistProcesses;

    IdentitySetup(IdentityService identityService, AuthorizationService authorizationService,
            DemoProperties properties, DemoUsers demoUsers, List<ProcessRules> rules) {
        this.demoUsers = demoUsers;
        this.tasklistProcesses = rules.stream().flatMap(r -> r.tasklistProcesses().stream()).toList();
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.properties = properties;
    }

    public void apply(List<Member> members) {
        ensureGroup(Groups.COORDINATOR, Texts.text("group.coordinator"));
        ensureGroup(Groups.CLIMATE_MANAGERS, Texts.text("group.climate-managers"));
        ensureGroup(Groups.ADMIN, Texts.text("group.admin"));
        for (Member member : members) {
            ensureGroup(member.groupId(), member.getName());
            if (member.decides()) {
                ensureGroup(member.signOffGroupId(), Texts.text("group.sign-off", "member", member.genitive()));
            }
        }
        grantAuthorizations(members);
        if (properties.usersEnabled()) {
            demoUsers.create(members);
        }
    }

    /** A member joined at run time: its group exists at once (its users come through Camunda Admin). */
    public void memberJoined(Member member) {
        ensureGroup(member.groupId(), member.getName());
        if (member.decides()) {
            ensureGroup(member.signOffGroupId(), Texts.text("group.sign-off", "member", member.genitive()));
            grantSignOff(member);
        }
    }

    /** The Zeichnungsberechtigte work in Tasklist and see whom they work with. */
    private void grantSignOff(Member member) {
        grant(member.signOffGroupId(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(member.signOffGroupId(), Resources.USER, ANY, Permissions.READ);
        grant(member.signOffGroupId(), Resources.GROUP, ANY, Permissions.READ);
    }

    private void grantAuthorizations(List<Member> members) {
        // webapps
        grant(Groups.CLIMATE_MANAGERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(Groups.COORDINATOR, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(Groups.COORDINATOR, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        // everybody may look up users and groups (names in Tasklist)
        for (String group : List.of(Groups.CLIMATE_MANAGERS, Groups.COORDINATOR)) {
            grant(group, Resources.USER, ANY, Permissions.READ);
            grant(group, Resources.GROUP, ANY, Permissions.READ);
        }
        // climate managers propose measures, enter absences, read the review's tasks (as the modules declare)
        grantTasklistProcesses(Groups.CLIMATE_MANAGERS, Audience.CLIMATE_MANAGERS);
        // the coordinator reads every measure and can repair it in Cockpit
        grant(Groups.COORDINATOR, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.UPDATE_INSTANCE,
                ProcessDefinitionPermissions.RETRY_JOB, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(Groups.COORDINATOR, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ,
                ProcessInstancePermissions.UPDATE, ProcessInstancePermissions.RETRY_JOB,
                ProcessInstancePermissions.CREATE);
        // sees every task (oversight, escalations); completes only its own (group coordinator), never a
        // town's co-signing or the partner's opinion — those permissions come from the task's identity links.
        // It may hand a stuck task to another person of the same town (TASK_ASSIGN; the assignment
        // listener refuses a person of another town)
        grant(Groups.COORDINATOR, Resources.TASK, ANY, Permissions.READ, Permissions.TASK_ASSIGN);
        revoke(Groups.COORDINATOR, Resources.TASK, ANY, Permissions.UPDATE);
        grant(Groups.COORDINATOR, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grant(Groups.COORDINATOR, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        grant(Groups.COORDINATOR, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grant(Groups.COORDINATOR, Resources.BATCH, ANY, Permissions.READ);
        for (Member member : members) {
            if (member.decides()) {
                grantSignOff(member);
            }
            if (member.getKind() == MemberKind.PARTNER) {
                grant(member.groupId(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
                grant(member.groupId(), Resources.USER, ANY, Permissions.READ);
                grant(member.groupId(), Resources.GROUP, ANY, Permissions.READ);
                grantTasklistProcesses(member.groupId(), Audience.CLIMATE_MANAGERS_AND_PARTNER);
            }
        }
    }

    /**
     * The process definitions the group works with in Tasklist: read, or read and start; for
     * {@link Audience#CLIMATE_MANAGERS_AND_PARTNER} only those meant for the partner too.
     */
    private void grantTasklistProcesses(String group, Audience audience) {
        for (TasklistProcess process : tasklistProcesses) {
            if (audience == Audience.CLIMATE_MANAGERS_AND_PARTNER
                    && process.audience() != Audience.CLIMATE_MANAGERS_AND_PARTNER) {
                continue;
            }
            if (process.start()) {
                grant(group, Resources.PROCESS_DEFINITION, process.processKey(), Permissions.READ,
                        Permissions.CREATE_INSTANCE);
            } else {
                grant(group, Resources.PROCESS_DEFINITION, process.processKey(), Permissions.READ);
            }
        }
        grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }

    private void ensureGroup(String id, String name) {
        Group group = identityService.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identityService.newGroup(id);
            group.setName(name);
            group.setType(GROUP_TYPE);
            identityService.saveGroup(group);
            log.info("Group {} created", id);
        } else if (!Objects.equals(group.getName(), name)) {
            group.setName(name);
            identityService.saveGroup(group);
            log.info("Group {} renamed to '{}'", id, name);
        }
    }

    /** Takes back what an earlier version granted. */
    private void revoke(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
                .singleResult();
        if (authorization == null) {
            return;
        }
        boolean changed = false;
        for (Permission permission : permissions) {
            if (authorization.isPermissionGranted(permission)) {
                authorization.removePermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizationService.saveAuthorization(authorization);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
                .singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean changed = authorization.getId() == null;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizationService.saveAuthorization(authorization);
        }
    }
}
