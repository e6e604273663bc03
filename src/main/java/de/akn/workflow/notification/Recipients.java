package de.akn.workflow.notification;

import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.security.Groups;
import de.akn.workflow.security.IdentityDirectory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Who is who for a mail: a member's people and functional mailbox, the coordinators, a member's
 * Zeichnungsberechtigte, one person — each with the deputy of whoever is away ({@link StandIns}).
 * The modules' {@code …Mails} classes decide which mail goes to whom and ask here for the addressees.
 */
@Component
public class Recipients {

    private final MemberService members;
    private final IdentityDirectory directory;
    private final StandIns standIns;

    Recipients(MemberService members, IdentityDirectory directory, StandIns standIns) {
        this.members = members;
        this.directory = directory;
        this.standIns = standIns;
    }

    /**
     * A member: the users of its group (a town's climate managers, the partner's staff), their
     * deputies where someone is away, and its functional mailbox.
     */
    public List<Addressee> member(String memberId) {
        return members(List.of(memberId), false);
    }

    /** Several members, each addressee once. */
    public List<Addressee> members(Collection<String> memberIds) {
        return members(memberIds, false);
    }

    /** Several members and the coordinators, each addressee once. */
    public List<Addressee> membersAndCoordinators(Collection<String> memberIds) {
        return members(memberIds, true);
    }

    /** A member's Zeichnungsberechtigte (group {@code signoff-<id>}; deputies of those away). */
    public List<Addressee> signOff(String memberId) {
        return members.find(memberId).map(m -> standIns.addressees(directory.usersOf(m.signOffGroupId())))
                .orElse(List.of());
    }

    /** The coordinators (and deputies of those away). */
    public List<Addressee> coordinators() {
        return standIns.addressees(directory.usersOf(Groups.COORDINATOR));
    }

    /** The users of these groups (e.g. all climate managers and the coordinators), each once, and deputies. */
    public List<Addressee> groups(String... groupIds) {
        return standIns.addressees(usersOf(List.of(groupIds)));
    }

    /** One person, e.g. a measure's proposer (and its deputy while it is away); none if unknown. */
    public List<Addressee> person(String userId) {
        return standIns.addressees(directory.user(userId).stream().toList());
    }

    private List<Addressee> members(Collection<String> memberIds, boolean withCoordinators) {
        var groups = new ArrayList<String>();
        var mailboxes = new ArrayList<Addressee>();
        for (String id : memberIds) {
            members.find(id).ifPresent(member -> {
                groups.add(member.groupId());
                mailbox(member).ifPresent(mailboxes::add);
            });
        }
        if (withCoordinators) {
            groups.add(Groups.COORDINATOR);
        }
        var result = new LinkedHashMap<String, Addressee>();
        standIns.addressees(usersOf(groups)).forEach(a -> result.putIfAbsent(a.key(), a));
        mailboxes.forEach(a -> result.putIfAbsent(a.key(), a));
        return List.copyOf(result.values());
    }

    /** The users of these groups, each once, in the order of the groups. */
    private Collection<User> usersOf(List<String> groupIds) {
        var users = new LinkedHashMap<String, User>();
        for (String group : groupIds) {
            directory.usersOf(group).forEach(u -> users.putIfAbsent(u.getId(), u));
        }
        return users.values();
    }

    /** A member's functional mailbox, if it has one. */
    private static Optional<Addressee> mailbox(Member member) {
        return member.getEmail() == null || member.getEmail().isBlank() ? Optional.empty()
                : Optional.of(Addressee.mailbox(member.getId(), member.getEmail(), member.genitive()));
    }
}
