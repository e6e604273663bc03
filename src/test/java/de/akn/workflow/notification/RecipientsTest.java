package de.akn.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import de.akn.workflow.common.MemberKind;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.security.Groups;
import de.akn.workflow.security.IdentityDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecipientsTest {

    private final MemberService members = mock(MemberService.class);
    private final IdentityDirectory directory = mock(IdentityDirectory.class);
    private final User manager = user("km-kaarst");
    private final User coordinator = user("coordinator");
    private Recipients recipients;

    @BeforeEach
    void setUp() {
        var kaarst = new Member("kaarst", "Kaarst", MemberKind.STADT, 43000, "klimaschutz@kaarst.example.org", true);
        given(members.find("kaarst")).willReturn(Optional.of(kaarst));
        given(directory.usersOf(kaarst.groupId())).willReturn(List.of(manager));
        given(directory.usersOf(Groups.COORDINATOR)).willReturn(List.of(coordinator));
        // the coordinator is away: its deputy gets its mails
        StandIns standIns = users -> {
            var result = new ArrayList<Addressee>();
            users.forEach(u -> result.add(Addressee.person(u.getId(), u.getEmail(), u.getId())));
            if (users.contains(coordinator)) {
                result.add(Addressee.deputy("deputy", "deputy@example.org", "deputy", "coordinator",
                        LocalDate.of(2026, 12, 24)));
            }
            return result;
        };
        recipients = new Recipients(members, directory, standIns);
    }

    @Test
    void shouldAddressAMembersPeopleAndThenItsMailbox() {
        assertThat(recipients.member("kaarst")).extracting(Addressee::key)
                .containsExactly("km-kaarst", "mailbox-kaarst");
    }

    @Test
    void shouldAddTheCoordinatorsAndTheirDeputiesOnce() {
        assertThat(recipients.membersAndCoordinators(List.of("kaarst", "kaarst", "atlantis")))
                .extracting(Addressee::key)
                .containsExactly("km-kaarst", "coordinator", "deputy", "mailbox-kaarst");
    }

    @Test
    void shouldAddressNobodyForAnUnknownPerson() {
        given(directory.user("ghost")).willReturn(Optional.empty());
        assertThat(recipients.person("ghost")).isEmpty();
    }

    private static User user(String id) {
        var user = new UserEntity(id);
        user.setEmail(id + "@example.org");
        return user;
    }
}
