package de.akn.workflow.council;

import de.akn.workflow.common.FormOptions;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.security.IdentityDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Choices in the co-sign and council forms, for the user's member: the meetings of its bodies
 * ({@code councilMeetingOptions}: a council meeting's value is its date {@code TT.MM.JJJJ}, a committee meeting's
 * {@code TT.MM.JJJJ|bodyId}, so that the choice names the committee) and its bodies
 * ({@code councilBodyOptions}).
 */
@Configuration(proxyBeanMethods = false)
class CouncilFormOptions {

    @Bean
    FormOptions councilMeetingOptions(CouncilMeetings meetings, IdentityDirectory directory) {
        return FormOptions.of("councilMeetingOptions", user -> memberOf(directory, user)
                .map(member -> meetings.upcomingOrNone(member).stream()
                        .map(m -> m.council() ? new FormOptions.Option(GermanFormat.date(m.date()) + " – " + m.name(),
                                GermanFormat.date(m.date()))
                                : new FormOptions.Option(GermanFormat.date(m.date()) + " – " + m.name() + " ("
                                        + m.bodyName() + ")", GermanFormat.date(m.date()) + "|" + m.bodyId()))
                        .toList())
                .orElse(java.util.List.of()));
    }

    @Bean
    FormOptions councilBodyOptions(MemberService members, IdentityDirectory directory) {
        return FormOptions.of("councilBodyOptions", user -> memberOf(directory, user).flatMap(members::find)
                .map(member -> member.getBodies().stream().map(b -> new FormOptions.Option(b.getName(), b.getId()))
                        .toList())
                .orElse(java.util.List.of()));
    }

    private static java.util.Optional<String> memberOf(IdentityDirectory directory, String user) {
        return user == null ? java.util.Optional.empty() : directory.groupsOf(user).stream()
                .filter(g -> g.startsWith(Member.MEMBER_GROUP_PREFIX)).findFirst()
                .map(g -> g.substring(Member.MEMBER_GROUP_PREFIX.length()));
    }
}
