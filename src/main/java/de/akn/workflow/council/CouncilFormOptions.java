package de.akn.workflow.council;

import de.akn.workflow.common.FormOptions;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.member.Member;
import de.akn.workflow.security.IdentityDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The meetings of the user's council as choices in the co-sign and council forms ({@code councilMeetingOptions}). */
@Configuration(proxyBeanMethods = false)
class CouncilFormOptions {

    @Bean
    FormOptions councilMeetingOptions(CouncilMeetings meetings, IdentityDirectory directory) {
        return FormOptions.of("councilMeetingOptions", user -> user == null ? java.util.List.of()
                : directory.groupsOf(user).stream().filter(g -> g.startsWith(Member.MEMBER_GROUP_PREFIX)).findFirst()
                        .map(g -> meetings.upcomingOrNone(g.substring(Member.MEMBER_GROUP_PREFIX.length())).stream()
                                .map(m -> new FormOptions.Option(GermanFormat.date(m.date()) + " – " + m.name(),
                                        GermanFormat.date(m.date()))).toList())
                        .orElse(java.util.List.of()));
    }
}
