package de.akn.workflow.membership;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.notification.MailTexts;
import de.akn.workflow.notification.Notices;
import de.akn.workflow.notification.NotificationService;
import de.akn.workflow.notification.Recipients;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Every member (its users, deputies, functional mailbox), the partner and the coordinators are told. */
@Component
class MembershipMails {

    private final NotificationService notifications;
    private final Recipients recipients;
    private final MemberService members;
    private final MailTexts texts;

    MembershipMails(NotificationService notifications, Recipients recipients, MemberService members, MailTexts texts) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.members = members;
        this.texts = texts;
    }

    void joined(Member member, LocalDate day, String councilDate, String processInstanceId) {
        tell("member-joined", member, day, councilDate, processInstanceId);
    }

    void left(Member member, LocalDate day, String councilDate, String processInstanceId) {
        tell("member-left", member, day, councilDate, processInstanceId);
    }

    private void tell(String kind, Member member, LocalDate day, String councilDate, String processInstanceId) {
        var everyone = members.findAll().stream().filter(m -> m.isActive() || m.getId().equals(member.getId()))
                .map(Member::getId).toList();
        var values = Map.<String, Object>of("member", member.getName(), "memberSubject", member.nominative(false),
                "memberGenitive", member.genitive(), "day", GermanFormat.date(day), "councilDate", councilDate);
        notifications.queueAll(Notices.of(texts, recipients.membersAndCoordinators(everyone), kind, values, null, null,
                "membership/" + processInstanceId, processInstanceId));
    }
}
