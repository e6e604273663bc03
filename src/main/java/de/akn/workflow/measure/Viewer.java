package de.akn.workflow.measure;

import de.akn.workflow.member.Member;
import de.akn.workflow.security.Groups;
import java.util.Collection;
import java.util.List;

/**
 * Who reads measures: the coordinator, administrators and the strategic partner read all;
 * a town's climate manager reads the measures its member takes part in (and acts for it, {@code members});
 * a town's Zeichnungsberechtigte read them too ({@code signOffMembers}), to sign off.
 */
public record Viewer(String userId, boolean seesAll, List<String> members, List<String> signOffMembers) {

    public Viewer(String userId, boolean seesAll, List<String> members) {
        this(userId, seesAll, members, List.of());
    }

    public static Viewer of(String userId, Collection<String> groups) {
        boolean all = groups.contains(Groups.COORDINATOR) || groups.contains(Groups.ADMIN)
                || groups.stream().anyMatch(g -> g.startsWith(Member.PARTNER_GROUP_PREFIX));
        List<String> members = groups.stream().filter(g -> g.startsWith(Member.MEMBER_GROUP_PREFIX))
                .map(g -> g.substring(Member.MEMBER_GROUP_PREFIX.length())).toList();
        List<String> signOff = groups.stream().filter(g -> g.startsWith(Member.SIGN_OFF_GROUP_PREFIX))
                .map(g -> g.substring(Member.SIGN_OFF_GROUP_PREFIX.length())).toList();
        return new Viewer(userId, all, members, signOff);
    }

    public boolean maySee(Measure measure) {
        return seesAll || measure.getParticipations().stream().anyMatch(p -> members.contains(p.getMemberId())
                || signOffMembers.contains(p.getMemberId()));
    }
}
