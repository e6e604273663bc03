package de.akn.workflow.cosigning;

import de.akn.workflow.common.MemberKind;
import de.akn.workflow.measure.CostShare;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A measure's cost split applied to its members ({@link CostShares}): the shares a town is shown when asked, the
 * signers' shares after the round, and an amount split among the signers.
 */
@Component
class SignerShares {

    private final MemberService members;
    private final CostSplitProperties properties;

    SignerShares(MemberService members, CostSplitProperties properties) {
        this.members = members;
        this.properties = properties;
    }

    /** The member's share if every invited member co-signs: what it was shown when asked. */
    CostShare prospective(Measure measure, String member) {
        return shares(measure, measure.getParticipations()).get(member);
    }

    /**
     * The shares of the given participants by the measure's cost split: of the net cost (less the funding
     * not rejected), each also per budget year.
     */
    Map<String, CostShare> shares(Measure measure, Collection<Participation> participants) {
        var shares = CostShares.split(measure.netCostEur(), measure.getEstimatedStaffDays(),
                measure.getCostSplit(), signers(participants), properties.kreisShare());
        return CostShares.byYear(shares, measure.netBudget());
    }

    /** An amount split among the measure's signers by its cost split, to the cent, the parts adding up exactly. */
    Map<String, BigDecimal> split(Measure measure, BigDecimal amount) {
        var split = CostShares.split(amount, BigDecimal.ZERO, measure.getCostSplit(), signers(measure.signers()),
                properties.kreisShare());
        var result = new LinkedHashMap<String, BigDecimal>();
        split.forEach((member, share) -> result.put(member, share.costEur()));
        return result;
    }

    private List<CostShares.Signer> signers(Collection<Participation> participants) {
        var byId = members.findAll().stream().collect(Collectors.toMap(Member::getId, m -> m));
        return participants.stream().map(p -> signer(byId.get(p.getMemberId()), p.getMemberId())).toList();
    }

    private static CostShares.Signer signer(Member member, String id) {
        return member == null ? new CostShares.Signer(id, 0L) : new CostShares.Signer(id,
                member.getPopulation() == null ? 0L : member.getPopulation().longValue(),
                member.getKind() == MemberKind.KREIS);
    }
}
