package de.akn.workflow.implementation;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Links;
import de.akn.workflow.implementation.internal.ProgressReport;
import de.akn.workflow.measure.Implementation;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureMail;
import de.akn.workflow.measure.MeasureMails;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.measure.Synergy;
import de.akn.workflow.notification.Addressee;
import de.akn.workflow.notification.Recipients;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Who gets which mail during implementation: reports due, reports sent, acceptance, completion
 * (wording: {@code templates/mail/messages_de.properties}).
 */
@Component
class ImplementationMails {

    private final MeasureMails mails;
    private final Recipients recipients;
    private final Synergy synergy;
    private final Links links;

    ImplementationMails(MeasureMails mails, Recipients recipients, Synergy synergy, Links links) {
        this.mails = mails;
        this.recipients = recipients;
        this.synergy = synergy;
        this.links = links;
    }

    void reportRequested(Measure measure, String member, String taskId, LocalDate due, int number) {
        String url = links.tasklist(taskId);
        mails.send(measure, reporter(measure, member), "task/" + taskId + "/report-requested", MeasureMail
                .of("report-requested").with("number", number).with("due", GermanFormat.date(due)).link(url)
                .calendar(mails.calendar("report-" + measure.getReference() + "-" + member + "-" + number + "@akn", due,
                        measure,
                        "report-requested", Map.of("number", number), url)));
    }

    /** The figures to the signers besides the member that reported them. */
    void reportSubmitted(Measure measure, ProgressReport report) {
        var cosigners = recipients.members(measure.signers().stream().map(Participation::getMemberId)
                .filter(id -> !id.equals(report.getMember())).toList());
        mails.send(measure, cosigners, "measure/" + measure.getId() + "/report/" + report.getId(), MeasureMail
                .of(report.isFinalReport() ? "final-report-submitted" : "report-submitted")
                .with("number", report.getReportNumber()).details(figures(measure, report))
                .comment(report.getProgressText()));
    }

    void finalReportToAccept(Measure measure, String taskId) {
        mails.send(measure, recipients.coordinators(), "task/" + taskId + "/final-to-accept",
                MeasureMail.of("final-report-to-accept").link(links.tasklist(taskId)));
    }

    void finalReportReturned(Measure measure, String member, String comment, ProgressReport finalReport) {
        mails.send(measure, reporter(measure, member), "measure/" + measure.getId() + "/final-returned/"
                + (finalReport == null ? "-" : finalReport.getId()), MeasureMail.of("final-report-returned")
                .comment(comment).link(links.tasklist(null)));
    }

    /** Every signer's users and the coordinators: the final figures and the synergy estimate. */
    void completed(Measure measure, ProgressReport finalReport) {
        var details = new ArrayList<String>(finalReport == null ? List.of() : figures(measure, finalReport));
        synergy.of(measure).ifPresent(s -> details.add(mails.synergyLine(s, false)));
        var signers = measure.signers().stream().map(Participation::getMemberId).toList();
        mails.send(measure, recipients.membersAndCoordinators(signers), "measure/" + measure.getId() + "/completed",
                MeasureMail.of("measure-completed").details(details));
    }

    /** Who is asked for a report: the proposer (JOINT, as before), or the reporting town's users (LOCAL). */
    private List<Addressee> reporter(Measure measure, String member) {
        return measure.getImplementation() == Implementation.LOCAL ? recipients.member(member)
                : recipients.person(measure.getProposer());
    }

    private List<String> figures(Measure measure, ProgressReport report) {
        var lines = new ArrayList<String>();
        lines.add(mails.line("progress", Map.of("percent", report.getProgressPercent(),
                "status", report.getProgressStatus().label())));
        lines.add(mails.line("spent", Map.of("spent", GermanFormat.money(report.getSpentEur()),
                "planned", GermanFormat.money(measure.getEstimatedCostEur()))));
        if (report.getCo2SavedTonnes() != null) {
            lines.add(mails.line("co2", Map.of("co2", GermanFormat.number(report.getCo2SavedTonnes()))));
        }
        if (report.getPercentDecreaseReason() != null) {
            lines.add(mails.line("decrease-reason", Map.of("reason", report.getPercentDecreaseReason())));
        }
        return lines;
    }
}
