package de.akn.workflow.report;

import de.akn.workflow.AllianceProperties;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.notification.MailRequest;
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

    AnnualReportMail(NotificationService notifications, IdentityDirectory directory, MemberService members,
            AllianceProperties properties) {
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
        String base = properties.baseUrl() + "/api/reports/annual/" + year;
        var mails = new ArrayList<MailRequest>();
        for (User user : recipients.values()) {
            if (user.getEmail() == null || user.getEmail().isBlank()) {
                continue;
            }
            var model = Map.<String, Object>of(
                    "greeting", "Guten Tag " + directory.displayName(user.getId()) + ",",
                    "paragraphs", List.of("der Jahresbericht " + year + " der " + properties.name() + " liegt vor: "
                                    + report.getMeasureCount() + " Maßnahmen mit Beteiligung, Kosten, Einsparungen "
                                    + "durch die Zusammenarbeit (Schätzung) und CO2-Einsparungen.",
                            "Die Tabelle mit einer Zeile je Maßnahme und Mitglied (für Excel): " + base + ".csv",
                            "Zum Öffnen melden Sie sich mit Ihrem Konto des Workflow-Systems an."),
                    "linkUrl", base + ".pdf",
                    "linkText", "Jahresbericht " + year + " (PDF)");
            mails.add(new MailRequest(user.getEmail(), "Jahresbericht " + year + " der " + properties.shortName(),
                    "notice", model, "annual-report/" + year + "/" + processInstanceId + "/" + user.getId(), null,
                    null, processInstanceId));
        }
        notifications.queueAll(mails);
    }
}
