package de.akn.workflow.security;

import de.akn.workflow.member.MemberJoined;
import de.akn.workflow.member.MemberService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A member that joins gets its Camunda groups and authorizations at once, in the transaction that adds it. */
@Component
class MemberGroups {

    private final IdentitySetup identities;
    private final MemberService members;

    MemberGroups(IdentitySetup identities, MemberService members) {
        this.identities = identities;
        this.members = members;
    }

    @EventListener
    void joined(MemberJoined event) {
        identities.memberJoined(members.find(event.memberId()).orElseThrow());
    }
}
