package de.akn.workflow.measure;

import static de.akn.workflow.measure.MeasureNotifier.money;
import static de.akn.workflow.measure.MeasureNotifier.number;

import de.akn.workflow.notification.CalendarEvent;
import de.akn.workflow.security.Groups;
import de.akn.workflow.security.IdentityDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The German mails of a measure's implementation: reports due, reports sent, acceptance, completion. */
@Component
class ImplementationNotifier {

    private final MeasureNotifier mail;
    private final IdentityDirectory directory;
    private final Synergy synergy;

    ImplementationNotifier(MeasureNotifier mail, IdentityDirectory directory, Synergy synergy) {
        this.mail = mail;
        this.directory = directory;
        this.synergy = synergy;
    }

    void reportRequested(Measure measure, String taskId, LocalDate due, int number) {
        var calendar = due == null ? null : new CalendarEvent("report-" + measure.getReference() + "-" + number + "@akn",
                due, "Fortschrittsbericht " + measure.getReference(), "Fortschrittsbericht Nr. " + number + " zu „"
                        + measure.getTitle() + "“ abgeben.", mail.tasklist(taskId));
        directory.user(measure.getProposer()).ifPresent(proposer -> mail.send(measure, proposer,
                "Fortschrittsbericht Nr. " + number + " fällig am " + Dates.GERMAN.format(due) + ": " + measure.getTitle(),
                "task/" + taskId + "/report-requested/" + proposer.getId(),
                List.of("die Maßnahme ist beschlossen. Bitte berichten Sie der Allianz bis zum "
                        + Dates.GERMAN.format(due) + " über ihren Fortschritt: erreichter Stand in Prozent, bisher "
                        + "ausgegebene Mittel und eingesparte Tonnen CO2.",
                        "Ist die Maßnahme abgeschlossen, kreuzen Sie „Abschlussbericht“ an; die Koordination nimmt "
                                + "ihn dann ab."),
                List.of(), null, null, mail.tasklist(taskId), "Bericht abgeben", calendar));
    }

    void reportSubmitted(Measure measure, ProgressReport report) {
        var recipients = new LinkedHashMap<String, User>();
        for (Participation p : measure.getParticipations()) {
            if (p.getStatus() == ParticipationStatus.COSIGNED) {
                mail.townUsers(p.getMemberId()).forEach(u -> recipients.putIfAbsent(u.getId(), u));
            }
        }
        String what = report.isFinalReport() ? "Abschlussbericht" : "Fortschrittsbericht Nr. " + report.getReportNumber();
        for (User user : recipients.values()) {
            mail.send(measure, user, what + ": " + measure.getTitle(),
                    "measure/" + measure.getId() + "/report/" + report.getId() + "/" + user.getId(),
                    List.of(mail.memberName(measure.getLeadMember()) + " berichtet über die gemeinsame Maßnahme, die "
                            + "Ihre Kommune mitgezeichnet hat" + (report.isFinalReport()
                            ? ". Dies ist der Abschlussbericht; die Koordination nimmt ihn ab." : ".")),
                    figures(measure, report), "Bericht", report.getProgressText(), null, null, null);
        }
    }

    void finalReportToAccept(Measure measure, String taskId) {
        for (User user : directory.usersOf(Groups.COORDINATOR)) {
            mail.send(measure, user, "Abschlussbericht zur Abnahme: " + measure.getTitle(),
                    "task/" + taskId + "/final-to-accept/" + user.getId(),
                    List.of(directory.displayName(measure.getProposer()) + " hat den Abschlussbericht abgegeben. "
                            + "Bitte nehmen Sie ihn ab oder bitten Sie um Änderungen."),
                    List.of(), null, null, mail.tasklist(taskId), "Zur Abnahme", null);
        }
    }

    void finalReportReturned(Measure measure, String comment, ProgressReport finalReport) {
        directory.user(measure.getProposer()).ifPresent(proposer -> mail.send(measure, proposer,
                "Abschlussbericht: Bitte ergänzen: " + measure.getTitle(),
                "measure/" + measure.getId() + "/final-returned/" + (finalReport == null ? "-" : finalReport.getId())
                        + "/" + proposer.getId(),
                List.of("die Koordination bittet Sie, den Abschlussbericht zu ergänzen. Die Aufgabe "
                        + "„Fortschrittsbericht“ liegt wieder in Ihrer Aufgabenliste."),
                List.of(), "Anmerkung der Koordination", comment, mail.tasklist(null), "Zur Aufgabenliste", null));
    }

    void completed(Measure measure, ProgressReport finalReport) {
        var recipients = new LinkedHashMap<String, User>();
        for (Participation p : measure.signers()) {
            mail.townUsers(p.getMemberId()).forEach(u -> recipients.putIfAbsent(u.getId(), u));
        }
        directory.usersOf(Groups.COORDINATOR).forEach(u -> recipients.putIfAbsent(u.getId(), u));
        var details = new ArrayList<String>(finalReport == null ? List.of() : figures(measure, finalReport));
        synergy.of(measure).ifPresent(s -> details.add(synergyLine(s)));
        for (User user : recipients.values()) {
            mail.send(measure, user, "Maßnahme abgeschlossen: " + measure.getTitle(),
                    "measure/" + measure.getId() + "/completed/" + user.getId(),
                    List.of("die Koordination hat den Abschlussbericht angenommen; die gemeinsame Maßnahme ist "
                            + "abgeschlossen. Vielen Dank an alle Beteiligten!"),
                    details, null, null, null, null, null);
        }
    }

    /** One line for mails: the estimate, labelled as such. */
    static String synergyLine(SynergyEstimate s) {
        return "Geschätzte Einsparung gegenüber " + s.signers() + " Einzelvorhaben: " + money(s.moneySavedEur())
                + " und " + number(s.staffDaysSaved()) + " Personentage (Schätzung)";
    }

    private static List<String> figures(Measure measure, ProgressReport report) {
        var lines = new ArrayList<String>();
        lines.add("Fortschritt: " + report.getProgressPercent() + " % (" + report.getProgressStatus().label() + ")");
        lines.add("Bisher ausgegeben: " + money(report.getSpentEur()) + " von geplanten "
                + money(measure.getEstimatedCostEur()));
        if (report.getCo2SavedTonnes() != null) {
            lines.add("Bisher eingespart: " + number(report.getCo2SavedTonnes()) + " t CO2");
        }
        if (report.getPercentDecreaseReason() != null) {
            lines.add("Begründung für den geringeren Fortschritt: " + report.getPercentDecreaseReason());
        }
        return lines;
    }
}
