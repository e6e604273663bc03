package de.akn.workflow.security;

import de.akn.workflow.member.Member;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Who is who: users' member groups and mail addresses, read from Camunda's identity
 * service. Lookups run without the current user's authorizations (they only serve
 * routing and notifications).
 */
@Component
public class IdentityDirectory {

    private final IdentityService identityService;

    IdentityDirectory(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The member a user acts for: its {@code member-*} group, if it has exactly one. */
    public Optional<String> memberOf(String userId) {
        return withoutAuthorization(() -> {
            List<String> members = identityService.createGroupQuery().groupMember(userId).list().stream()
                    .map(Group::getId).filter(id -> id.startsWith(Member.MEMBER_GROUP_PREFIX))
                    .map(id -> id.substring(Member.MEMBER_GROUP_PREFIX.length())).toList();
            return members.size() == 1 ? Optional.of(members.get(0)) : Optional.empty();
        });
    }

    public Optional<User> user(String userId) {
        return withoutAuthorization(
                () -> Optional.ofNullable(identityService.createUserQuery().userId(userId).singleResult()));
    }

    public String displayName(String userId) {
        return user(userId).map(u -> (nz(u.getFirstName()) + " " + nz(u.getLastName())).trim())
                .filter(n -> !n.isBlank()).orElse(userId);
    }

    /** The users of a group (e.g. all users of {@code member-kaarst}). */
    public List<User> usersOf(String groupId) {
        return withoutAuthorization(() -> identityService.createUserQuery().memberOfGroup(groupId).list());
    }

    private <T> T withoutAuthorization(java.util.function.Supplier<T> query) {
        var current = identityService.getCurrentAuthentication();
        if (current == null) {
            return query.get();
        }
        identityService.clearAuthentication();
        try {
            return query.get();
        } finally {
            identityService.setAuthentication(current);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
