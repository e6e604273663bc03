package de.akn.workflow.measure;

import de.akn.workflow.AllianceProperties;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.notification.MailRequest;
import de.akn.workflow.notification.NotificationService;
import de.akn.workflow.security.Groups;
import de.akn.workflow.security.IdentityDirectory;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The German mails about a measure's proposal and review, queued in the outbox. */
@Component
class MeasureNotifier {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final NotificationService notifications;
    private final IdentityDirectory directory;
    private final MemberService members;
    private final AllianceProperties properties;

    MeasureNotifier(NotificationService notifications, IdentityDirectory directory, MemberService members,
            AllianceProperties properties) {
        this.notifications = notifications;
        this.directory = directory;
        this.members = members;
        this.properties = properties;
    }

    void proposalReceived(Measure measure) {
        for (User user : directory.usersOf(Groups.COORDINATOR)) {
            send(measure, user, "Neuer Maßnahmenvorschlag: " + measure.getTitle(),
                    "measure/" + measure.getId() + "/proposed/" + user.getId(),
                    List.of(directory.displayName(measure.getProposer()) + " (" + memberName(measure.getLeadMember())
                            + ") schlägt der Allianz eine gemeinsame Maßnahme vor.",
                            "Die Prüfung beginnt jetzt; die Aufgabe finden Sie in der Aufgabenliste unter "
                                    + "„Koordination: alle offenen Aufgaben“."),
                    null, null, tasklist(null), "Zur Aufgabenliste");
        }
    }

    void expertReviewRequested(Measure measure, String taskId) {
        for (User user : directory.usersOf(Member.groupIdOf("energieagentur", de.akn.workflow.member.MemberKind.PARTNER))) {
            send(measure, user, "Bitte um fachliche Stellungnahme: " + measure.getTitle(),
                    "task/" + taskId + "/expert-requested/" + user.getId(),
                    List.of("die Allianz bittet die EnergieAgentur.NRW um eine fachliche Stellungnahme zu der "
                            + "folgenden Maßnahme, bevor die Koordination über sie entscheidet."),
                    null, null, tasklist(taskId), "Stellungnahme abgeben");
        }
    }

    void revisedForReview(Measure measure, String taskId) {
        for (User user : directory.usersOf(Groups.COORDINATOR)) {
            send(measure, user, "Überarbeiteter Vorschlag: " + measure.getTitle(),
                    "task/" + taskId + "/revised/" + user.getId(),
                    List.of(directory.displayName(measure.getProposer())
                            + " hat den Vorschlag überarbeitet. Bitte prüfen Sie ihn erneut."),
                    null, null, tasklist(taskId), "Zur Prüfung");
        }
    }

    void reviewDecided(Measure measure, ReviewDecision decision, String comment, String taskId) {
        directory.user(measure.getProposer()).ifPresent(proposer -> {
            String key = "task/" + taskId + "/decision/" + proposer.getId();
            switch (decision) {
                case APPROVE -> send(measure, proposer, "Maßnahme freigegeben: " + measure.getTitle(), key,
                        List.of("die Koordination hat Ihren Vorschlag freigegeben. Als Nächstes entscheiden die "
                                + "eingeladenen Kommunen über die Mitzeichnung."),
                        "Anmerkung der Koordination", comment, null, null);
                case REVISE -> send(measure, proposer, "Bitte überarbeiten: " + measure.getTitle(), key,
                        List.of("die Koordination bittet Sie, Ihren Vorschlag zu überarbeiten. Die Aufgabe "
                                + "„Vorschlag überarbeiten“ liegt in Ihrer Aufgabenliste."),
                        "Begründung der Koordination", comment, tasklist(null), "Zur Aufgabenliste");
                case REJECT -> send(measure, proposer, "Maßnahme abgelehnt: " + measure.getTitle(), key,
                        List.of("die Koordination hat Ihren Vorschlag leider abgelehnt."),
                        "Begründung der Koordination", comment, null, null);
            }
        });
    }

    private void send(Measure measure, User user, String subject, String dedupKey, List<String> paragraphs,
            String commentLabel, String comment, String linkUrl, String linkText) {
        var model = new HashMap<String, Object>();
        model.put("greeting", "Guten Tag " + directory.displayName(user.getId()) + ",");
        model.put("paragraphs", paragraphs);
        model.put("measure", view(measure));
        model.put("commentLabel", commentLabel);
        model.put("comment", comment);
        model.put("linkUrl", linkUrl);
        model.put("linkText", linkText);
        model.put("measureUrl", properties.baseUrl() + "/api/measures/" + measure.getReference());
        notifications.queue(new MailRequest(user.getEmail(), MailRequest.subject(measure.getReference(), subject),
                "measure", model, dedupKey, null, measure.getId(), measure.getProcessInstanceId()));
    }

    private String tasklist(String taskId) {
        String base = properties.baseUrl() + "/camunda/app/tasklist/default/";
        return taskId == null ? base : base + "#/?task=" + taskId;
    }

    private Map<String, String> view(Measure m) {
        var money = NumberFormat.getCurrencyInstance(Locale.GERMANY);
        var number = NumberFormat.getNumberInstance(Locale.GERMANY);
        var view = new HashMap<String, String>();
        view.put("reference", m.getReference());
        view.put("title", m.getTitle());
        view.put("summary", m.getSummary());
        view.put("category", m.getCategory().label());
        view.put("sdgs", m.getSdgs().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        view.put("leadMember", memberName(m.getLeadMember()));
        view.put("invitedMembers", m.invitedMembers().stream().map(this::memberName)
                .collect(Collectors.joining(", ")));
        view.put("estimatedCost", money.format(m.getEstimatedCostEur()));
        view.put("estimatedStaffDays", number.format(m.getEstimatedStaffDays()));
        view.put("co2", m.getCo2SavingsTonnesPerYear() == null ? "keine Angabe"
                : number.format(m.getCo2SavingsTonnesPerYear()) + " t pro Jahr");
        view.put("costSplit", m.getCostSplit() == CostSplit.EQUAL ? "zu gleichen Teilen" : "nach Einwohnerzahl");
        view.put("period", DATE.format(m.getPlannedStart()) + " bis " + DATE.format(m.getPlannedEnd()));
        return view;
    }

    private String memberName(String id) {
        return members.find(id).map(Member::getName).orElse(id);
    }

    static String format(BigDecimal value) {
        return NumberFormat.getNumberInstance(Locale.GERMANY).format(value);
    }
}
