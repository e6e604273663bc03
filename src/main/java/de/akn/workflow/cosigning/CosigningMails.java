package de.akn.workflow.cosigning;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Links;
import de.akn.workflow.measure.CostShare;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureMail;
import de.akn.workflow.measure.MeasureMails;
import de.akn.workflow.measure.MoneyTexts;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.measure.Synergy;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.notification.Recipients;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Who gets which mail during co-signing (wording: {@code templates/mail/messages_de.properties}). */
@Component
class CosigningMails {

    private final MeasureMails mails;
    private final Recipients recipients;
    private final MemberService members;
    private final Synergy synergy;
    private final Links links;
    private final PaperDeadlines paperDeadlines;

    CosigningMails(MeasureMails mails, Recipients recipients, MemberService members, Synergy synergy, Links links,
            PaperDeadlines paperDeadlines) {
        this.paperDeadlines = paperDeadlines;
        this.mails = mails;
        this.recipients = recipients;
        this.members = members;
        this.synergy = synergy;
        this.links = links;
    }

    void cosignRequested(Measure measure, String member, String taskId, LocalDate due, CostShare share) {
        var details = new ArrayList<String>();
        if (share != null) {
            details.add(mails.line("prospective-share", Map.of("cost", GermanFormat.money(share.costEur()),
                    "days", GermanFormat.number(share.staffDays()))));
            if (share.byYear().size() > 1) {
                details.add(mails.line("prospective-share-years", Map.of("years", MoneyTexts.years(share.byYear()))));
            }
        }
        details.add(mails.synergyLine(synergy.prospective(measure), true));
        String draft = links.api("/api/measures/" + measure.getReference() + "/council-draft/" + member);
        details.add(mails.line("council-draft", Map.of("body", mails.councilBody(member), "docxUrl", draft + ".docx",
                "pdfUrl", draft + ".pdf")));
        // the Vorlagenschluss: by when the paper must be filed for a decision within the deadline, or which
        // meeting a paper filed now still reaches
        LocalDate today = Dates.today();
        details.add(paperDeadlines.reachable(due, today)
                ? mails.line("paper-deadline", Map.of("body", mails.councilBody(member), "lastFilingDay",
                        GermanFormat.date(paperDeadlines.lastFilingDay(due)), "due", GermanFormat.date(due)))
                : mails.line("paper-deadline-later", Map.of("body", mails.councilBody(member), "earliest",
                        GermanFormat.date(paperDeadlines.earliestMeeting(today)))));
        String url = links.tasklist(taskId);
        // the lead member is asked too: its proposal did not commit its budget
        MeasureMail mail = member.equals(measure.getLeadMember()) ? MeasureMail.of("cosign-requested-lead")
                .with("memberSubject", mails.memberSubject(member, false))
                .with("memberGenitive", mails.memberGenitive(member)) : MeasureMail.of("cosign-requested");
        mails.send(measure, recipients.member(member), "task/" + taskId + "/cosign-requested", mail
                .with("memberObject", mails.memberObject(member)).with("councilBody", mails.councilBody(member))
                .with("due", GermanFormat.date(due))
                .details(details).link(url).calendar(mails.calendar("cosign-" + measure.getReference() + "-" + member
                        + "@akn", due, measure, "cosign-requested", Map.of(), url)));
    }

    void councilDecisionRequested(Measure measure, String member, String taskId, LocalDate meeting, String body) {
        String url = links.tasklist(taskId);
        mails.send(measure, recipients.member(member), "task/" + taskId + "/council-requested", MeasureMail
                .of("council-decision-requested").with("meeting", GermanFormat.date(meeting))
                .with("councilBody", body).link(url)
                .calendar(mails.calendar("council-" + measure.getReference() + "-" + member + "@akn", meeting,
                        measure, "council-decision-requested", Map.of(), url)));
    }

    void cosignReminder(Measure measure, String member, LocalDate due, LocalDate today) {
        String url = links.tasklist(null);
        mails.send(measure, recipients.member(member),
                "measure/" + measure.getId() + "/cosign-reminder/" + member + "/" + today, MeasureMail
                        .of("cosign-reminder").with("memberSubject", mails.memberSubject(member, false))
                        .with("due", GermanFormat.date(due)).link(url)
                        .calendar(mails.calendar("cosign-" + measure.getReference() + "-" + member + "@akn", due,
                                measure, "cosign-reminder", Map.of(), url)));
    }

    /** The Zeichnungsberechtigte are asked to sign the town's yes (with the Beschlussvorlage). */
    void signOffRequested(Measure measure, String member, String taskId, String councilDraftUrl) {
        mails.send(measure, recipients.signOff(member), "task/" + taskId + "/sign-off",
                MeasureMail.of("sign-off-requested")
                .with("memberGenitive", mails.memberGenitive(member)).with("draftUrl", councilDraftUrl)
                .link(links.tasklist(taskId)));
    }

    /** The climate management: the Zeichnungsberechtigte did not sign, and why. */
    void signOffRejected(Measure measure, String member, String reason) {
        mails.send(measure, recipients.member(member), "measure/" + measure.getId() + "/sign-off-rejected/" + member,
                MeasureMail.of("sign-off-rejected").with("memberSubject", mails.memberSubject(member, false))
                        .with("reason", reason));
    }

    /** After the council meeting: record whether the council confirmed the urgent decision. */
    void urgentConfirmationRequested(Measure measure, String member, String taskId, LocalDate meeting) {
        mails.send(measure, recipients.member(member), "task/" + taskId + "/urgent-confirmation", MeasureMail
                .of("urgent-confirmation-requested").with("meeting", GermanFormat.date(meeting))
                .with("councilBody", mails.councilBody(member)).link(links.tasklist(taskId)));
    }

    /** The coordination and the lead town: the council did not confirm a town's urgent decision. */
    void urgentDecisionRevoked(Measure measure, String member, String reason) {
        var to = new java.util.ArrayList<>(recipients.coordinators());
        to.addAll(recipients.member(measure.getLeadMember()));
        mails.send(measure, to, "measure/" + measure.getId() + "/urgent-revoked/" + member, MeasureMail
                .of("urgent-decision-revoked").with("councilBody", mails.councilBody(member))
                .with("memberSubject", mails.memberSubject(member, false)).with("reason", reason));
    }

    /** The signer's share grew above its ceiling: old and new share, and the task to confirm or withdraw. */
    void shareConfirmationRequested(Measure measure, Participation participation, CostShare shown, String taskId,
            LocalDate due, boolean afterFunding) {
        String member = participation.getMemberId();
        String url = links.tasklist(taskId);
        var details = participation.getCostSharesByYear().size() < 2 ? List.<String>of() : List.of(mails.line(
                "prospective-share-years", Map.of("years", MoneyTexts.years(participation.getCostSharesByYear()))));
        mails.send(measure, recipients.member(member), "task/" + taskId + "/share-confirmation", MeasureMail
                .of(afterFunding ? "share-confirmation-requested-funding" : "share-confirmation-requested")
                .with("member", mails.memberObject(member)).details(details)
                .with("ceiling", GermanFormat.money(participation.getCostCeilingEur()))
                .with("councilBody", mails.councilBody(member))
                .with("previous", GermanFormat.money(shown == null ? participation.getCostCeilingEur() : shown.costEur()))
                .with("share", GermanFormat.money(participation.getCostShareEur()))
                .with("days", GermanFormat.number(participation.getStaffDaysShare()))
                .with("due", GermanFormat.date(due)).link(url)
                .calendar(mails.calendar("share-" + measure.getReference() + "-" + member + "@akn", due, measure,
                        "share-confirmation-requested", Map.of(), url)));
    }

    void shareReminder(Measure measure, Participation participation, LocalDate due, LocalDate today) {
        String member = participation.getMemberId();
        mails.send(measure, recipients.member(member),
                "measure/" + measure.getId() + "/share-reminder/" + member + "/" + today, MeasureMail
                        .of("share-reminder").with("member", mails.memberSubject(member, false))
                        .with("share", GermanFormat.money(participation.getCostShareEur()))
                        .with("due", GermanFormat.date(due)).link(links.tasklist(null)));
    }

    /** A signer did not confirm its larger share in time: the coordinators are told. */
    void shareNotConfirmed(Measure measure, String member) {
        mails.send(measure, recipients.coordinators(), "measure/" + measure.getId() + "/share-not-confirmed/" + member,
                MeasureMail.of("share-not-confirmed").with("memberSubject", mails.memberSubject(member, false))
                        .with("memberGenitive", mails.memberGenitive(member)));
    }

    void cosignDeadlinePassed(Measure measure, String member) {
        mails.send(measure, recipients.coordinators(), "measure/" + measure.getId() + "/no-response/" + member,
                MeasureMail.of("cosign-no-response").with("memberSubject", mails.memberSubject(member, false))
                        .with("memberGenitive", mails.memberGenitive(member)));
    }

    /** Every active town and the coordinators: the signers and their shares. */
    void adopted(Measure measure) {
        var details = new ArrayList<String>();
        for (Participation p : measure.signers()) {
            details.add(p.getCostSharesByYear().size() < 2
                    ? mails.line("share", Map.of("member", mails.memberName(p.getMemberId()),
                            "cost", GermanFormat.money(p.getCostShareEur()), "days",
                            GermanFormat.number(p.getStaffDaysShare())))
                    : mails.line("share-years", Map.of("member", mails.memberName(p.getMemberId()),
                            "cost", GermanFormat.money(p.getCostShareEur()), "years",
                            MoneyTexts.years(p.getCostSharesByYear()), "days",
                            GermanFormat.number(p.getStaffDaysShare()))));
        }
        synergy.of(measure).ifPresent(estimate -> details.add(mails.synergyLine(estimate, false)));
        var towns = members.findAll().stream().filter(m -> m.isMunicipality() && m.isActive()).map(Member::getId)
                .toList();
        mails.send(measure, recipients.membersAndCoordinators(towns), "measure/" + measure.getId() + "/adopted",
                MeasureMail.of("measure-adopted").details(details));
    }

    /**
     * Every town involved and the coordinators: each town's decision; {@code leadOut} when the lead
     * member did not co-sign (then the other towns' open decisions have ended).
     */
    void notAdopted(Measure measure, int minSigners, boolean leadOut) {
        List<String> decisions = measure.getParticipations().stream().map(p -> mails.line(p.isLead() ? "decision-lead"
                : "decision", Map.of("member", mails.memberName(p.getMemberId()), "status", p.getStatus().label())))
                .toList();
        var involved = measure.getParticipations().stream().map(Participation::getMemberId).toList();
        mails.send(measure, recipients.membersAndCoordinators(involved), "measure/" + measure.getId() + "/not-adopted",
                (leadOut ? MeasureMail.of("measure-not-adopted-lead") : MeasureMail.of("measure-not-adopted"))
                        .with("minSigners", minSigners).details(decisions));
    }
}
