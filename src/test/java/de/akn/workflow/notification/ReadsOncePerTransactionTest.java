package de.akn.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import de.akn.workflow.absence.AbsenceService;
import de.akn.workflow.absence.AbsenceService.Caller;
import de.akn.workflow.absence.NewAbsence;
import de.akn.workflow.common.Dates;
import de.akn.workflow.common.MemberKind;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.member.NewMember;
import de.akn.workflow.security.IdentityDirectory;
import de.akn.workflow.support.AknIntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Members, absences and group members are read once per transaction (issue #27) — and a change in the same
 * transaction is seen at once: whoever a step adds or marks away gets the step's mails. Each transaction here is
 * rolled back, so that the shared test database keeps its data.
 */
class ReadsOncePerTransactionTest extends AknIntegrationTest {

    @Autowired
    TransactionTemplate tx;
    @Autowired
    Recipients recipients;
    @Autowired
    MemberService members;
    @Autowired
    AbsenceService absences;
    @Autowired
    IdentityDirectory directory;
    @Autowired
    IdentityService identity;

    @Test
    void shouldReadTheMembersOnceAndSeeATownThatJoinsInTheSameTransaction() {
        tx.executeWithoutResult(status -> {
            assertThat(members.findAll()).extracting("id").doesNotContain("neuss");

            members.join(new NewMember("neuss", "Stadt Neuss", MemberKind.STADT, 150000, "klima@neuss.example.org",
                    null), Dates.today());

            assertThat(members.findAll()).extracting("id").contains("neuss");
            assertThat(recipients.member("neuss")).extracting(Addressee::email).contains("klima@neuss.example.org");
            status.setRollbackOnly();
        });
    }

    @Test
    void shouldSendTheMailsOfSomeoneAwayToTheDeputyRecordedInTheSameTransaction() {
        tx.executeWithoutResult(status -> {
            assertThat(recipients.person("km-kaarst")).extracting(Addressee::key).containsExactly("km-kaarst");
            assertThat(absences.awayOn(Dates.today())).isSameAs(absences.awayOn(Dates.today()));

            absences.record(new NewAbsence("km-kaarst", Dates.today(), Dates.today().plusDays(3), "deputy-kaarst"),
                    new Caller("km-kaarst", List.of("member-kaarst")));

            assertThat(recipients.person("km-kaarst")).extracting(Addressee::key)
                    .containsExactly("km-kaarst", "deputy-kaarst");
            status.setRollbackOnly();
        });
    }

    @Test
    void shouldSeeAPersonJoiningTheTownsGroupInTheSameTransaction() {
        tx.executeWithoutResult(status -> {
            var before = directory.usersOf("member-meerbusch");
            assertThat(directory.usersOf("member-meerbusch")).as("read once").isSameAs(before);
            assertThat(directory.memberOf("ea-nrw")).isEmpty();

            identity.createMembership("ea-nrw", "member-meerbusch");

            assertThat(directory.usersOf("member-meerbusch")).extracting("id").contains("ea-nrw");
            assertThat(directory.groupsOf("ea-nrw")).contains("member-meerbusch");
            assertThat(directory.memberOf("ea-nrw")).contains("meerbusch");
            assertThat(recipients.member("meerbusch")).extracting(Addressee::key).contains("ea-nrw");
            status.setRollbackOnly();
        });
    }
}
