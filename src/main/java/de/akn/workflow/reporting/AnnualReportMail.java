package de.akn.workflow.reporting;

import de.akn.workflow.common.AllianceProperties;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Links;
import de.akn.workflow.common.Texts;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.notification.MailTexts;
import de.akn.workflow.notification.Notices;
import de.akn.workflow.notification.NotificationService;
import de.akn.workflow.notification.Recipients;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The mail that the year's report is ready: to the coordinator and every active member (its users,
 * deputies of those away, its functional mailbox) and the partner.
 */
@Component
class AnnualReportMail {

    private final NotificationService notifications;
    private final Recipients recipients;
    private final MemberService members;
    private final AllianceProperties properties;
    private final MailTexts texts;
    private final Links links;

    AnnualReportMail(NotificationService notifications, Recipients recipients, MemberService members,
            AllianceProperties properties, MailTexts texts, Links links) {
        this.texts = texts;
        this.links = links;
        this.notifications = notifications;
        this.recipients = recipients;
        this.members = members;
        this.properties = properties;
    }

    private static String measures(int count) {
        return count == 1 ? Texts.text("report.measures-one")
                : Texts.text("report.measures-many", "count", GermanFormat.integer(count));
    }

    void announce(AnnualReport report, String processInstanceId) {
        var active = members.findAll().stream().filter(Member::isActive).map(Member::getId).toList();
        int year = report.getReportYear();
        String base = links.api("/api/reports/annual/" + year);
        var values = Map.<String, Object>of("year", year, "allianceName", properties.name(),
                "allianceShortName", properties.shortName(), "measures", measures(report.getMeasureCount()),
                "csvUrl", base + ".csv");
        var requests = Notices.of(texts, recipients.membersAndCoordinators(active), "annual-report", values, null,
                base + ".pdf", "annual-report/" + year + "/" + processInstanceId, processInstanceId);
        notifications.queueAll(requests);
    }
}
