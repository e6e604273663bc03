package de.akn.workflow.membership;

import static de.akn.workflow.membership.MembershipProcess.*;

import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.member.NewMember;
import java.util.HashMap;
import java.util.Map;

/**
 * A request to join or leave, read from the start form's, the API's or the process's variables once: JOIN
 * with the joining town's data, LEAVE with the leaving member's id. Rules that need the members (an id
 * taken, a member that cannot leave) are the service's.
 *
 * @param candidate the joining town (JOIN), else null
 * @param memberId  the leaving member (LEAVE; the form's {@code leavingMemberId} if {@code memberId} is empty),
 *                  else null
 */
public record MembershipRequest(MembershipAction action, NewMember candidate, String memberId) {

    public static MembershipRequest read(Map<String, ?> input) {
        MembershipAction action = Inputs.enumValue(MembershipAction.class, input.get(ACTION));
        if (action == null) {
            throw ValidationProblem.of(ACTION, Texts.text("membership.action.missing"));
        }
        if (action == MembershipAction.JOIN) {
            return new MembershipRequest(action, NewMember.read(apiFields(input), ""), null);
        }
        String id = Inputs.text(input.get(MEMBER_ID));
        return new MembershipRequest(action, null, id != null ? id : Inputs.text(input.get(LEAVING_MEMBER_ID)));
    }

    /** The form's and process's names ({@code memberName} …) as the API names them ({@code name} …). */
    private static Map<String, Object> apiFields(Map<String, ?> input) {
        var fields = new HashMap<String, Object>();
        fields.put("id", input.get(MEMBER_ID));
        fields.put("name", input.get(MEMBER_NAME));
        fields.put("kind", input.get(MEMBER_KIND));
        fields.put("population", input.get(MEMBER_POPULATION));
        fields.put("email", input.get(MEMBER_EMAIL));
        fields.put("councilBody", input.get(MEMBER_COUNCIL_BODY));
        return fields;
    }
}
