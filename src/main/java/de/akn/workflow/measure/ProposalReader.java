package de.akn.workflow.measure;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.security.IdentityDirectory;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads a proposal at the edge (the API, the Tasklist start form, the revision form) into typed values:
 * the rules of {@link ProposalValidator} with the members and funding programmes as they are today.
 * Invalid input throws {@link ValidationProblem} (a German message per field).
 */
@Component
public class ProposalReader {

    private final MemberService memberService;
    private final IdentityDirectory directory;
    private final ObjectProvider<FundingCatalog> programmes;

    ProposalReader(MemberService memberService, IdentityDirectory directory,
            ObjectProvider<FundingCatalog> programmes) {
        this.memberService = memberService;
        this.directory = directory;
        this.programmes = programmes;
    }

    /** A new proposal by {@code proposer}, whose member leads it; {@link NotAMemberException} without one. */
    public ProposeCommand read(Map<String, ?> input, String proposer) {
        String leadMember = directory.memberOf(proposer).orElseThrow(NotAMemberException::new);
        return new ProposeCommand(proposer, leadMember, validated(input, leadMember));
    }

    /** The proposer's revision of {@code measure}: the same rules; the invited members stay as proposed. */
    public Proposal readRevision(Map<String, ?> input, Measure measure) {
        var withInvited = new HashMap<String, Object>(input);
        withInvited.put(Proposal.INVITED_MEMBERS, measure.invitedMembers());
        return validated(withInvited, measure.getLeadMember());
    }

    private Proposal validated(Map<String, ?> input, String leadMember) {
        Map<String, Member> members = memberService.findAll().stream()
                .collect(Collectors.toMap(Member::getId, Function.identity()));
        var result = new ProposalValidator(members, programmes.getIfAvailable(() -> FundingCatalog.NONE),
                Dates.today()).validate(input, leadMember);
        if (!result.isValid()) {
            throw new ValidationProblem(result.errors());
        }
        return result.proposal();
    }
}
