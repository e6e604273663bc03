package de.akn.workflow.measure;

import de.akn.workflow.AllianceProperties;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.member.MemberKind;
import de.akn.workflow.notification.CalendarEvent;
import de.akn.workflow.notification.MailRequest;
import de.akn.workflow.notification.NotificationService;
import de.akn.workflow.security.Groups;
import de.akn.workflow.security.IdentityDirectory;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
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
    private final Synergy synergy;

    MeasureNotifier(NotificationService notifications, IdentityDirectory directory, MemberService members,
            AllianceProperties properties, Synergy synergy) {
        this.notifications = notifications;
        this.directory = directory;
        this.members = members;
        this.properties = properties;
        this.synergy = synergy;
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
        for (User user : directory.usersOf(Member.groupIdOf("energieagentur", MemberKind.PARTNER))) {
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
        send(measure, user, subject, dedupKey, paragraphs, List.of(), commentLabel, comment, linkUrl, linkText, null);
    }

    void send(Measure measure, User user, String subject, String dedupKey, List<String> paragraphs,
            List<String> details, String commentLabel, String comment, String linkUrl, String linkText,
            CalendarEvent calendar) {
        var model = new HashMap<String, Object>();
        model.put("details", details);
        model.put("greeting", "Guten Tag " + directory.displayName(user.getId()) + ",");
        model.put("paragraphs", paragraphs);
        model.put("measure", view(measure));
        model.put("commentLabel", commentLabel);
        model.put("comment", comment);
        model.put("linkUrl", linkUrl);
        model.put("linkText", linkText);
        model.put("measureUrl", properties.baseUrl() + "/api/measures/" + measure.getReference());
        notifications.queue(new MailRequest(user.getEmail(), MailRequest.subject(measure.getReference(), subject),
                "measure", model, dedupKey, calendar, measure.getId(), measure.getProcessInstanceId()));
    }

    void cosignRequested(Measure measure, String member, String taskId, LocalDate due, CostShares.Share share) {
        var calendar = due == null ? null : new CalendarEvent("cosign-" + measure.getReference() + "-" + member
                + "@akn", due, "Frist Mitzeichnung " + measure.getReference(), "Bitte bis heute über die Mitzeichnung "
                + "von „" + measure.getTitle() + "“ entscheiden.", tasklist(taskId));
        for (User user : townUsers(member)) {
            send(measure, user, "Bitte um Mitzeichnung: " + measure.getTitle(),
                    "task/" + taskId + "/cosign-requested/" + user.getId(),
                    List.of(memberName(measure.getLeadMember()) + " lädt " + memberName(member)
                                    + " ein, die folgende gemeinsame Maßnahme mitzuzeichnen.",
                            "Bitte entscheiden Sie bis " + (due == null ? "zur Frist" : DATE.format(due))
                                    + ": mitzeichnen, ablehnen oder – wenn der Rat entscheiden muss – den Termin "
                                    + "der Ratssitzung angeben."),
                    cosignDetails(measure, share),
                    null, null, tasklist(taskId), "Zur Mitzeichnung", calendar);
        }
    }

    private List<String> cosignDetails(Measure measure, CostShares.Share share) {
        var details = new java.util.ArrayList<String>();
        if (share != null) {
            details.add("Ihr voraussichtlicher Anteil, wenn alle Eingeladenen mitzeichnen: " + money(share.costEur())
                    + " und " + number(share.staffDays()) + " Personentage");
        }
        details.add(ImplementationNotifier.synergyLine(synergy.prospective(measure)) + ", wenn alle Eingeladenen "
                + "mitzeichnen");
        return details;
    }

    void councilDecisionRequested(Measure measure, String member, String taskId, LocalDate meeting) {
        var calendar = meeting == null ? null : new CalendarEvent("council-" + measure.getReference() + "-" + member
                + "@akn", meeting, "Ratssitzung: " + measure.getReference() + " " + measure.getTitle(),
                "Nach der Sitzung bitte den Ratsbeschluss eintragen.", tasklist(taskId));
        for (User user : townUsers(member)) {
            send(measure, user, "Ratsbeschluss eintragen: " + measure.getTitle(),
                    "task/" + taskId + "/council-requested/" + user.getId(),
                    List.of("Sie haben angegeben, dass der Rat am " + (meeting == null ? "?" : DATE.format(meeting))
                            + " über die Mitzeichnung entscheidet. Bitte tragen Sie den Beschluss danach ein."),
                    List.of(), null, null, tasklist(taskId), "Zur Aufgabe", calendar);
        }
    }

    void cosignReminder(Measure measure, String member, LocalDate due, LocalDate today) {
        var calendar = due == null ? null : new CalendarEvent("cosign-" + measure.getReference() + "-" + member
                + "@akn", due, "Frist Mitzeichnung " + measure.getReference(), "Entscheidung über die Mitzeichnung",
                tasklist(null));
        for (User user : townUsers(member)) {
            send(measure, user, "Erinnerung: Mitzeichnung ausstehend: " + measure.getTitle(),
                    "measure/" + measure.getId() + "/cosign-reminder/" + member + "/" + today + "/" + user.getId(),
                    List.of(memberName(member) + " hat über die Mitzeichnung noch nicht entschieden."
                            + (due == null ? "" : " Die Frist endet am " + DATE.format(due) + ".")),
                    List.of(), null, null, tasklist(null), "Zur Aufgabenliste", calendar);
        }
    }

    void cosignDeadlinePassed(Measure measure, String member) {
        for (User user : directory.usersOf(Groups.COORDINATOR)) {
            send(measure, user, "Frist abgelaufen: " + memberName(member) + " hat nicht entschieden",
                    "measure/" + measure.getId() + "/no-response/" + member + "/" + user.getId(),
                    List.of(memberName(member) + " hat bis zum Ablauf der Frist nicht über die Mitzeichnung "
                            + "entschieden und gilt als „keine Rückmeldung“."),
                    null, null, null, null);
        }
    }

    void adopted(Measure measure) {
        var details = new java.util.ArrayList<>(sharesOf(measure));
        synergy.of(measure).ifPresent(estimate -> details.add(ImplementationNotifier.synergyLine(estimate)));
        var recipients = new java.util.LinkedHashMap<String, User>();
        for (Member member : members.findAll()) {
            if (member.isMunicipality() && member.isActive()) {
                directory.usersOf(member.groupId()).forEach(u -> recipients.putIfAbsent(u.getId(), u));
            }
        }
        directory.usersOf(Groups.COORDINATOR).forEach(u -> recipients.putIfAbsent(u.getId(), u));
        for (User user : recipients.values()) {
            send(measure, user, "Gemeinsame Maßnahme beschlossen: " + measure.getTitle(),
                    "measure/" + measure.getId() + "/adopted/" + user.getId(),
                    List.of("die Allianz hat die folgende gemeinsame Maßnahme beschlossen. Mitgezeichnet haben:"),
                    details, null, null, null, null, null);
        }
    }

    void notAdopted(Measure measure, int minSigners) {
        var recipients = new java.util.LinkedHashMap<String, User>();
        for (Participation p : measure.getParticipations()) {
            townUsers(p.getMemberId())
                    .forEach(u -> recipients.putIfAbsent(u.getId(), u));
        }
        directory.usersOf(Groups.COORDINATOR).forEach(u -> recipients.putIfAbsent(u.getId(), u));
        for (User user : recipients.values()) {
            send(measure, user, "Maßnahme nicht beschlossen: " + measure.getTitle(),
                    "measure/" + measure.getId() + "/not-adopted/" + user.getId(),
                    List.of("die Maßnahme hat nicht genug Unterzeichner gefunden (mindestens " + minSigners
                            + " nötig) und wird nicht umgesetzt. Entscheidungen der Kommunen:"),
                    measure.getParticipations().stream().map(p -> memberName(p.getMemberId()) + ": "
                            + p.getStatus().label()).toList(), null, null, null, null, null);
        }
    }

    /** The climate managers of a member (its {@code member-*} group). */
    List<User> townUsers(String member) {
        return directory.usersOf(Member.MEMBER_GROUP_PREFIX + member);
    }

    private List<String> sharesOf(Measure measure) {
        return measure.getParticipations().stream().filter(Participation::isSigner)
                .map(p -> memberName(p.getMemberId()) + ": " + money(p.getCostShareEur()) + ", "
                        + number(p.getStaffDaysShare()) + " Personentage").toList();
    }

    static String money(BigDecimal value) {
        return value == null ? "–" : NumberFormat.getCurrencyInstance(Locale.GERMANY).format(value);
    }

    static String number(BigDecimal value) {
        return value == null ? "–" : NumberFormat.getNumberInstance(Locale.GERMANY).format(value);
    }

    String tasklist(String taskId) {
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

    String memberName(String id) {
        return members.find(id).map(Member::getName).orElse(id);
    }

}
