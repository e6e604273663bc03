package de.akn.workflow.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the identity service in step with the provider (profile {@code oidc}): each login and each bearer call
 * creates or updates the person (name, e-mail) and sets the person's groups to the groups of the claim that the
 * alliance knows — memberships the claim no longer names are removed, unknown group ids ignored. Tasklist
 * filters, deputies, reminders and mails then work as with local users. A person seen with the same claims
 * within a minute is not written again.
 */
@Component
public class JustInTimeUsers {

    private static final Logger log = LoggerFactory.getLogger(JustInTimeUsers.class);
    private static final Duration UNCHANGED_FOR = Duration.ofMinutes(1);

    /** What the provider says about a person. */
    public record Person(String userId, String firstName, String lastName, String email, Collection<String> groups) {
    }

    private final IdentityService identityService;
    private final IdentityDirectory directory;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    private record Seen(Person person, List<String> groups, Instant at) {
    }

    JustInTimeUsers(IdentityService identityService, IdentityDirectory directory) {
        this.identityService = identityService;
        this.directory = directory;
    }

    /** Creates or updates the person; returns the group ids it now has (known groups of the claim only). */
    public List<String> sync(Person person) {
        var now = clock.instant();
        var last = seen.get(person.userId());
        if (last != null && last.person().equals(person) && last.at().plus(UNCHANGED_FOR).isAfter(now)) {
            return last.groups();
        }
        List<String> groups = directory.withoutAuthorization(() -> write(person));
        seen.put(person.userId(), new Seen(person, groups, now));
        return groups;
    }

    /** Forgets what was seen, e.g. after a change in Admin. */
    public void forget(String userId) {
        seen.remove(userId);
    }

    // one writer at a time: two first calls of a new person must not both create it
    private synchronized List<String> write(Person person) {
        User user = identityService.createUserQuery().userId(person.userId()).singleResult();
        if (user == null) {
            user = identityService.newUser(person.userId());
            copy(person, user);
            identityService.saveUser(user);
            log.info("User {} created from the OpenID Connect provider", person.userId());
        } else if (!Objects.equals(user.getFirstName(), nz(person.firstName()))
                || !Objects.equals(user.getLastName(), nz(person.lastName()))
                || !Objects.equals(user.getEmail(), person.email())) {
            copy(person, user);
            identityService.saveUser(user);
        }
        Set<String> wanted = new LinkedHashSet<>();
        if (person.groups() != null && !person.groups().isEmpty()) {
            identityService.createGroupQuery().groupIdIn(person.groups().toArray(String[]::new)).list().stream()
                    .map(Group::getId).forEach(wanted::add);
        }
        Set<String> current = new LinkedHashSet<>(identityService.createGroupQuery().groupMember(person.userId())
                .list().stream().map(Group::getId).toList());
        for (String group : wanted) {
            if (!current.contains(group)) {
                identityService.createMembership(person.userId(), group);
                log.info("User {} added to group {} by the OpenID Connect provider", person.userId(), group);
            }
        }
        for (String group : current) {
            if (!wanted.contains(group)) {
                identityService.deleteMembership(person.userId(), group);
                log.info("User {} removed from group {} by the OpenID Connect provider", person.userId(), group);
            }
        }
        return List.copyOf(wanted);
    }

    private static void copy(Person person, User user) {
        user.setFirstName(nz(person.firstName()));
        user.setLastName(nz(person.lastName()));
        user.setEmail(person.email());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
