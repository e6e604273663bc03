package de.akn.workflow.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import de.akn.workflow.common.MemberKind;
import de.akn.workflow.common.ValidationProblem;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MembershipRequestTest {

    @Test
    void shouldReadAJoiningTownFromTheFormsNames() {
        var request = MembershipRequest.read(Map.of("action", "JOIN", "memberId", "neuss", "memberName", "Neuss",
                "memberKind", "STADT", "memberPopulation", 150000, "memberEmail", "klima@neuss.de"));

        assertThat(request.action()).isEqualTo(MembershipAction.JOIN);
        assertThat(request.candidate().id()).isEqualTo("neuss");
        assertThat(request.candidate().kind()).isEqualTo(MemberKind.STADT);
        assertThat(request.memberId()).isNull();
    }

    @Test
    void shouldTakeTheLeavingMemberFromTheStartFormsChoice() {
        assertThat(MembershipRequest.read(Map.of("action", "LEAVE", "leavingMemberId", "meerbusch")))
                .isEqualTo(new MembershipRequest(MembershipAction.LEAVE, null, "meerbusch"));
        assertThat(MembershipRequest.read(Map.of("action", "LEAVE", "memberId", "kaarst", "leavingMemberId", "x"))
                .memberId()).isEqualTo("kaarst");
    }

    @Test
    void shouldAskForTheAction() {
        var problem = catchThrowableOfType(ValidationProblem.class, () -> MembershipRequest.read(Map.of()));

        assertThat(problem.errors()).containsExactly(entry("action", "Bitte wählen Sie Beitritt oder Austritt."));
    }
}
