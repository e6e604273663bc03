package de.akn.workflow.measure;

import static de.akn.workflow.common.Inputs.*;

import de.akn.workflow.common.MemberKind;
import de.akn.workflow.common.Texts;
import de.akn.workflow.member.Member;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The members a proposal invites: active municipalities, each once (part of {@link ProposalValidator}). */
final class InvitedMembers {

    private final Map<String, Member> members;

    InvitedMembers(Map<String, Member> members) {
        this.members = members;
    }

    List<String> read(Object value, String leadMember, Map<String, String> errors) {
        String field = Proposal.INVITED_MEMBERS;
        List<?> list = list(value);
        if (list == null) {
            errors.put(field, Texts.text(value == null ? "proposal.invited.missing" : "proposal.invited.not-a-list"));
            return List.of();
        }
        var result = new LinkedHashSet<String>();
        var problems = new ArrayList<String>();
        for (Object item : list) {
            String id = text(item);
            if (id == null) {
                problems.add(Texts.text("proposal.invited.empty"));
                continue;
            }
            Member member = members.get(id);
            if (member == null) {
                problems.add(Texts.text("proposal.invited.unknown", "id", shorten(id)));
            } else if (member.getKind() == MemberKind.PARTNER) {
                problems.add(Texts.text("proposal.invited.partner", "member", member.nominative(true)));
            } else if (!member.isActive()) {
                problems.add(Texts.text("proposal.invited.inactive", "member", member.nominative(true)));
            } else if (!result.add(id)) {
                problems.add(Texts.text("proposal.invited.twice", "member", member.nominative(true)));
            }
        }
        result.remove(leadMember);
        if (!problems.isEmpty()) {
            errors.put(field, String.join(" ", problems));
        } else if (result.isEmpty()) {
            errors.put(field, Texts.text("proposal.invited.only-own"));
        }
        return List.copyOf(result);
    }
}
