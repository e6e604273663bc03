package de.akn.workflow.reporting;

import de.akn.workflow.common.AllianceProperties;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.common.Links;
import de.akn.workflow.notification.MailRequest;
import de.akn.workflow.notification.MailTexts;
import de.akn.workflow.notification.NotificationService;
import de.akn.workflow.security.Groups;
import de.akn.workflow.security.IdentityDirectory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The mail that the year's report is ready: to the coordinator and every member's users. */
@Component
class AnnualReportMail {

    private final NotificationService notifications;
    private final IdentityDirectory directory;
    private final MemberService members;
    private final AllianceProperties properties;
    private final MailTexts texts;
    private final Links links;

    AnnualReportMail(NotificationService notifications, IdentityDirectory directory, MemberService members,
            AllianceProperties properties, MailTexts texts, Links links) {
        this.texts = texts;
        this.links = links;
        this.notifications = notifications;
        this.directory = directory;
        this.members = members;
        this.properties = properties;
    }

    void announce(AnnualReport report, String processInstanceId) {
        var recipients = new LinkedHashMap<String, User>();
        directory.usersOf(Groups.COORDINATOR).forEach(u -> recipients.putIfAbsent(u.getId(), u));
        for (Member member : members.findAll()) {
            if (member.isActive()) {
                directory.usersOf(member.groupId()).forEach(u -> recipients.putIfAbsent(u.getId(), u));
            }
        }
        int year = report.getReportYear();
        String base = links.api("/api/reports/annual/" + year);
        var values = Map.<String, Object>of("year", year, "allianceName", properties.name(),
                "allianceShortName", properties.shortName(), "count", report.getMeasureCount(),
                "csvUrl", base + ".csv");
        var paragraphs = texts.paragraphs("annual-report", values);
        String subject = texts.subject("annual-report", values);
        var mails = new ArrayList<MailRequest>();
        for (User user : recipients.values()) {
            if (user.getEmail() == null || user.getEmail().isBlank()) {
                continue;
            }
            var model = Map.<String, Object>of(
                    "greeting", texts.text("greeting", Map.of("name", directory.displayName(user.getId()))),
                    "paragraphs", paragraphs,
                    "linkUrl", base + ".pdf",
                    "linkText", texts.text("annual-report.link", values));
            mails.add(new MailRequest(user.getEmail(), subject,
                    "notice", model, "annual-report/" + year + "/" + processInstanceId + "/" + user.getId(), null,
                    null, processInstanceId));
        }
        notifications.queueAll(mails);
    }
}
