package de.akn.workflow.security;

import de.akn.workflow.common.MemberKind;
import de.akn.workflow.common.Texts;
import de.akn.workflow.member.Member;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo users of profile {@code demo} (DESIGN.md): per town its climate manager {@code km-<id>} and deputy
 * {@code deputy-<id>}, per deciding member its Zeichnungsberechtigte {@code signoff-<id>}, the coordination and its
 * deputy, the partner's {@code ea-nrw}. Idempotent: an existing user keeps its password.
 */
@Component
class DemoUsers {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final IdentityService identityService;
    private final TaskService taskService;
    private final DemoProperties properties;

    DemoUsers(IdentityService identityService, TaskService taskService, DemoProperties properties) {
        this.identityService = identityService;
        this.taskService = taskService;
        this.properties = properties;
    }

    /** The demo users (password {@code alliance.demo.password}) of every member, the coordination and the partner. */
    void create(List<Member> members) {
        String password = properties.password();
        for (Member member : members) {
            if (member.decides()) {
                // the Bürgermeister or an authorised head of department (member data: signOffRequired)
                ensureUser("signoff-" + member.getId(), Texts.text("user.sign-off"), member.getKind() == MemberKind.KREIS
                        ? member.getName() : shortName(member), password, member.signOffGroupId());
            }
        }
        // the coordination reviews; the Kreis co-signs through its own climate management (separation of duties)
        ensureUser("coordinator", "Klimaschutzkoordination", "Rhein-Kreis Neuss", password, Groups.COORDINATOR);
        leaveGroup("coordinator", Member.groupIdOf("rkn", MemberKind.KREIS));
        ensureUser("coordinator-deputy", "Vertretung Klimaschutzkoordination", "Rhein-Kreis Neuss", password,
                Groups.COORDINATOR);
        for (Member member : members) {
            if (member.getKind() == MemberKind.STADT || member.getKind() == MemberKind.GEMEINDE) {
                ensureUser("km-" + member.getId(), "Klimaschutzmanagement", shortName(member), password,
                        Groups.CLIMATE_MANAGERS, member.groupId());
                ensureUser("deputy-" + member.getId(), "Vertretung Klimaschutzmanagement", shortName(member), password,
                        Groups.CLIMATE_MANAGERS, member.groupId());
            } else if (member.getKind() == MemberKind.KREIS) {
                ensureUser("km-" + member.getId(), "Klimaschutzmanagement", member.getName(), password,
                        Groups.CLIMATE_MANAGERS, member.groupId());
            } else if (member.getKind() == MemberKind.PARTNER && "energieagentur".equals(member.getId())) {
                ensureUser("ea-nrw", "Fachberatung", member.getName(), password, member.groupId());
            }
        }
    }

    /**
     * An earlier version made the demo coordinator a member of the Kreis' group: it leaves it, and the Kreis'
     * tasks it had claimed go back to the group (its climate management takes them over).
     */
    private void leaveGroup(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            return;
        }
        identityService.deleteMembership(userId, groupId);
        for (var task : taskService.createTaskQuery().taskAssignee(userId).list()) {
            boolean groupTask = taskService.getIdentityLinksForTask(task.getId()).stream()
                    .anyMatch(link -> groupId.equals(link.getGroupId()));
            if (groupTask) {
                taskService.setAssignee(task.getId(), null);
            }
        }
        log.info("Demo user {} left group {}", userId, groupId);
    }

    private static String shortName(Member member) {
        return member.getName().replaceFirst("^(Stadt|Gemeinde) ", "");
    }

    private void ensureUser(String id, String firstName, String lastName, String password, String... groups) {
        User user = identityService.createUserQuery().userId(id).singleResult();
        if (user == null) {
            user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(id + "@example.org");
            user.setPassword(password);
            identityService.saveUser(user);
            log.info("Demo user {} created", id);
        }
        for (String group : groups) {
            if (identityService.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
                identityService.createMembership(id, group);
            }
        }
    }
}
