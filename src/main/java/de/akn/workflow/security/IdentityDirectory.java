package de.akn.workflow.security;

import de.akn.workflow.common.TransactionMemo;
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

    /**
     * Groups and their users, read once per transaction (a step mails several groups); any change through the
     * engine's user store drops them ({@link CredentialCachePlugin}).
     */
    static final String MEMO = "identities";

    private final IdentityService identityService;

    IdentityDirectory(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The member a user acts for: its {@code member-*} group, if it has exactly one. */
    public Optional<String> memberOf(String userId) {
        List<String> members = groupsOf(userId).stream().filter(id -> id.startsWith(Member.MEMBER_GROUP_PREFIX))
                .map(id -> id.substring(Member.MEMBER_GROUP_PREFIX.length())).toList();
        return members.size() == 1 ? Optional.of(members.get(0)) : Optional.empty();
    }

    public Optional<User> user(String userId) {
        return withoutAuthorization(
                () -> Optional.ofNullable(identityService.createUserQuery().userId(userId).singleResult()));
    }

    public String displayName(String userId) {
        return user(userId).map(IdentityDirectory::displayName).orElse(userId);
    }

    /** The users of a group (e.g. all users of {@code member-kaarst}), unmodifiable. */
    public List<User> usersOf(String groupId) {
        return TransactionMemo.get(MEMO, "users:" + groupId, () -> List.copyOf(
                withoutAuthorization(() -> identityService.createUserQuery().memberOfGroup(groupId).list())));
    }

    /** The groups a user belongs to (ids, unmodifiable). */
    public List<String> groupsOf(String userId) {
        return TransactionMemo.get(MEMO, "groups:" + userId, () -> withoutAuthorization(
                () -> identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                        .toList()));
    }

    /** A person's name as mails and texts show it ("Klimaschutzmanagement Kaarst"). */
    public static String displayName(User user) {
        String name = (nz(user.getFirstName()) + " " + nz(user.getLastName())).trim();
        return name.isBlank() ? user.getId() : name;
    }

    /**
     * Runs engine calls without the current user's authorizations (the system acting on the
     * user's behalf, e.g. handing a task to a deputy), then restores the authentication.
     */
    public <T> T withoutAuthorization(java.util.function.Supplier<T> query) {
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
