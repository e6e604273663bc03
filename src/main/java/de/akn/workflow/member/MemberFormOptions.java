package de.akn.workflow.member;

import de.akn.workflow.common.FormOptions;
import de.akn.workflow.common.FormOptions.Option;
import de.akn.workflow.common.MemberKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The member lists the forms offer, from the database at the moment the form opens. */
@Configuration
class MemberFormOptions {

    /** Who can be invited to co-sign: the active Kreis and towns (the start form of joint-measure). */
    @Bean
    FormOptions memberOptions(MemberService members) {
        return FormOptions.of("memberOptions", user -> members.findAll().stream()
                .filter(m -> m.isActive() && m.isMunicipality())
                .map(m -> new Option(m.getName(), m.getId())).toList());
    }

    /** Who can leave: the active towns (the start form of membership). */
    @Bean
    FormOptions leavingMemberOptions(MemberService members) {
        return FormOptions.of("leavingMemberOptions", user -> members.findAll().stream()
                .filter(m -> m.isActive() && (m.getKind() == MemberKind.STADT || m.getKind() == MemberKind.GEMEINDE))
                .map(m -> new Option(m.getName(), m.getId())).toList());
    }
}
