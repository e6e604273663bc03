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
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the identity service in step with the provider (profile {@code oidc}): each login and each bearer call
 * creates or updates the person and sets the person's groups to the groups of the claim that the alliance
 * knows — memberships the claim no longer names are removed, unknown group ids ignored. Tasklist filters,
 * deputies, reminders and mails then work as with local users.
 * <ul>
 * <li>A person without any group the alliance knows is refused and not created ({@link NoAllianceGroup}).</li>
 * <li>Names and e-mail are copied only where the provider sends them (an address entered in Admin stays).</li>
 * <li>A token issued before the last one applied changes nothing (an older token must not give back a group the
 * provider took away); a person seen with the same claims within a minute is not written again.</li>
 * <li>One person is written in one transaction; two nodes creating the same new person at once retry once.</li>
 * </ul>
 */
@Component
@Profile("oidc")
class JustInTimeUsers {

    private static final Logger log = LoggerFactory.getLogger(JustInTimeUsers.class);
    private static final Duration UNCHANGED_FOR = Duration.ofMinutes(1);

    /** What the provider says about a person, and when it said it ({@code iat}; null if unknown). */
    record Person(String userId, String firstName, String lastName, String email, Collection<String> groups,
            Instant issuedAt) {

        /** The claims without the time they were issued, to compare two tokens of one person. */
        Person claims() {
            return new Person(userId, firstName, lastName, email, groups, null);
        }
    }

    /** The person is in none of the alliance's groups: refused, not created. */
    static final class NoAllianceGroup extends RuntimeException {
        NoAllianceGroup(String userId) {
            super("no group of the alliance for " + userId);
        }
    }

    private record Applied(Person claims, List<String> groups, Instant issuedAt, Instant at) {
    }

    private final IdentityService identityService;
    private final IdentityDirectory directory;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<String, Applied> applied = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    JustInTimeUsers(IdentityService identityService, IdentityDirectory directory, TransactionTemplate transactions,
            java.util.Optional<Clock> clock) {
        this.identityService = identityService;
        this.directory = directory;
        this.transactions = transactions;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Creates or updates the person; returns the group ids it now has (known groups of the claim only). */
    List<String> sync(Person person) {
        var now = clock.instant();
        var last = applied.get(person.userId());
        if (last != null) {
            boolean older = person.issuedAt() != null && last.issuedAt() != null
                    && person.issuedAt().isBefore(last.issuedAt());
            boolean unchanged = last.claims().equals(person.claims()) && last.at().plus(UNCHANGED_FOR).isAfter(now);
            if (older || unchanged) {
                if (last.groups().isEmpty()) {
                    throw new NoAllianceGroup(person.userId());
                }
                return last.groups();
            }
        }
        synchronized (locks.computeIfAbsent(person.userId(), id -> new Object())) {
            List<String> groups = directory.withoutAuthorization(() -> writeOnce(person));
            applied.put(person.userId(), new Applied(person.claims(), groups, person.issuedAt(), now));
            if (groups.isEmpty()) {
                throw new NoAllianceGroup(person.userId());
            }
            return groups;
        }
    }

    private List<String> writeOnce(Person person) {
        try {
            return transactions.execute(status -> write(person));
        } catch (RuntimeException concurrentFirstLogin) {
            // another node created the person or a membership at the same moment: read again, write what is left
            log.info("Retrying the identity of {} after {}", person.userId(), concurrentFirstLogin.toString());
            return transactions.execute(status -> write(person));
        }
    }

    private List<String> write(Person person) {
        Set<String> wanted = new LinkedHashSet<>();
        if (person.groups() != null && !person.groups().isEmpty()) {
            identityService.createGroupQuery().groupIdIn(person.groups().toArray(String[]::new)).list().stream()
                    .map(Group::getId).forEach(wanted::add);
        }
        User user = identityService.createUserQuery().userId(person.userId()).singleResult();
        if (user == null) {
            if (wanted.isEmpty()) {
                return List.of();
            }
            user = identityService.newUser(person.userId());
            copy(person, user);
            identityService.saveUser(user);
            log.info("User {} created from the OpenID Connect provider", person.userId());
        } else if (changes(person, user)) {
            copy(person, user);
            identityService.saveUser(user);
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

    private static boolean changes(Person person, User user) {
        return present(person.firstName()) && !Objects.equals(user.getFirstName(), person.firstName())
                || present(person.lastName()) && !Objects.equals(user.getLastName(), person.lastName())
                || present(person.email()) && !Objects.equals(user.getEmail(), person.email());
    }

    private static void copy(Person person, User user) {
        if (present(person.firstName())) {
            user.setFirstName(person.firstName());
        }
        if (present(person.lastName())) {
            user.setLastName(person.lastName());
        }
        if (present(person.email())) {
            user.setEmail(person.email());
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
