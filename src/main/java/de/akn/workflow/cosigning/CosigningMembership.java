package de.akn.workflow.cosigning;

import de.akn.workflow.member.MemberLeft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A town leaves the alliance: its open co-sign decisions are recorded as declined with the note of its exit, in
 * the transaction that ends its membership, so that the co-signing of the others goes on.
 */
@Component
class CosigningMembership {

    private static final Logger log = LoggerFactory.getLogger(CosigningMembership.class);

    private final CosigningService cosigning;

    CosigningMembership(CosigningService cosigning) {
        this.cosigning = cosigning;
    }

    @EventListener
    void left(MemberLeft event) {
        int declined = cosigning.memberLeft(event.memberId(), event.reason());
        log.info("Member {} left: {} open co-sign decisions recorded as declined", event.memberId(), declined);
    }
}
