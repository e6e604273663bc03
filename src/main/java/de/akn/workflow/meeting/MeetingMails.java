package de.akn.workflow.meeting;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Texts;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.notification.Addressee;
import de.akn.workflow.notification.CalendarEvent;
import de.akn.workflow.notification.MailAttachment;
import de.akn.workflow.notification.MailTexts;
import de.akn.workflow.notification.Notices;
import de.akn.workflow.notification.NotificationService;
import de.akn.workflow.notification.Recipients;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Invitations and minutes go to every member (its climate managers, deputies where someone is away, its
 * functional mailbox), the partner and the coordinators — with the document attached.
 */
@Component
class MeetingMails {

    private final NotificationService notifications;
    private final Recipients recipients;
    private final MemberService members;
    private final MailTexts texts;

    MeetingMails(NotificationService notifications, Recipients recipients, MemberService members, MailTexts texts) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.members = members;
        this.texts = texts;
    }

    void invitation(Meeting meeting, byte[] agendaPdf, Instant start, Instant end) {
        var values = values(meeting);
        var calendar = CalendarEvent.timed("meeting-" + meeting.getId() + "@akn", start, end,
                texts.text("meeting-invitation.calendar.summary", values),
                texts.text("meeting-invitation.calendar.description", values), null, meeting.getPlace());
        var document = MailAttachment.pdf(MeetingDocuments.agendaFileName(meeting), agendaPdf);
        notifications.queueAll(Notices.of(texts, everyone(), "meeting-invitation", values, null, null,
                "meeting/" + meeting.getId() + "/invitation", meeting.getProcessInstanceId()).stream()
                .map(mail -> mail.withCalendarEvent(calendar).withAttachment(document)).toList());
    }

    void minutes(Meeting meeting, List<ActionItem> actionItems, byte[] minutesPdf, String nextChair) {
        var values = new HashMap<String, Object>(values(meeting));
        values.put("actionItems", actionItems.isEmpty() ? texts.text("meeting-minutes.no-action-items", Map.of())
                : texts.text("meeting-minutes.action-items", Map.of("list", String.join("; ", actionItems.stream()
                        .map(a -> Texts.text("meeting.action.in-mail", "title", a.getTitle(), "member",
                                members.nameOf(a.getMemberId()), "due", GermanFormat.date(a.getDue()))).toList()))));
        values.put("nextChair", nextChair == null ? texts.text("meeting-minutes.next-chair-open", Map.of())
                : texts.text("meeting-minutes.next-chair", Map.of("chair", members.find(nextChair)
                        .map(m -> m.nominative(false)).orElse(nextChair))));
        var document = MailAttachment.pdf(MeetingDocuments.minutesFileName(meeting), minutesPdf);
        notifications.queueAll(Notices.of(texts, everyone(), "meeting-minutes", values, null, null,
                "meeting/" + meeting.getId() + "/minutes", meeting.getProcessInstanceId()).stream()
                .map(mail -> mail.withAttachment(document)).toList());
    }

    private Map<String, Object> values(Meeting meeting) {
        return Map.of("date", GermanFormat.date(meeting.getDate()),
                "time", MeetingService.time(meeting.getStartTime()),
                "place", meeting.getPlace() == null ? GermanFormat.NONE : meeting.getPlace(),
                "chair", members.find(meeting.getChair()).map(m -> m.nominative(false)).orElse(meeting.getChair()),
                "chairName", members.nameOf(meeting.getChair()));
    }

    /** Every active member and the partner, and the coordinators. */
    private List<Addressee> everyone() {
        return recipients.membersAndCoordinators(members.findAll().stream().filter(Member::isActive).map(Member::getId)
                .toList());
    }
}
