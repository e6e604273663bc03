package de.akn.workflow.production;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Links;
import de.akn.workflow.common.Texts;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureCategory;
import de.akn.workflow.measure.MeasureMail;
import de.akn.workflow.measure.MeasureMails;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.notification.Recipients;
import de.akn.workflow.production.internal.DraftApproval;
import de.akn.workflow.production.internal.FileInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Who gets which mail while an event or brochure is produced: contributions asked for, the draft due,
 * sign-off asked for, changes requested, the draft approved (wording: {@code templates/mail/messages_de.properties}).
 */
@Component
class ProductionMails {

    private final MeasureMails mails;
    private final Recipients recipients;
    private final Links links;
    private final String maxSize;

    ProductionMails(MeasureMails mails, Recipients recipients, Links links, FileProperties properties) {
        this.mails = mails;
        this.recipients = recipients;
        this.links = links;
        this.maxSize = FileTypes.megabytes(properties.maxSize().toBytes());
    }

    /** Where files of the measure are uploaded ({@code ?kind=DRAFT} for the draft). */
    String uploadUrl(Measure measure, boolean draft) {
        return links.api("/api/measures/" + measure.getReference() + "/files" + (draft ? "?kind=DRAFT" : ""));
    }

    String fileUrl(Measure measure, Long fileId) {
        return links.api("/api/measures/" + measure.getReference() + "/files/" + fileId);
    }

    void contributionRequested(Measure measure, String member, String taskId, LocalDate due) {
        String url = links.tasklist(taskId);
        boolean event = measure.getCategory() == MeasureCategory.EVENT;
        mails.send(measure, recipients.member(member), "task/" + taskId + "/contribution-requested", product(measure,
                MeasureMail.of("contribution-requested")).with("memberGenitive", mails.memberGenitive(member))
                .with("leadMemberSentence", mails.memberSubject(measure.getLeadMember(), true))
                .with("part", Texts.text(event ? "production.part.event" : "production.part.publication"))
                .with("due", GermanFormat.date(due))
                .with("uploadUrl", uploadUrl(measure, false)).with("maxSize", maxSize).link(url)
                .calendar(mails.calendar("contribution-" + measure.getReference() + "-" + member + "@akn", due,
                        measure, "contribution-requested", Map.of("product", productName(measure)), url)));
    }

    /** To the lead town: every contribution is in (each signer's text, then links to the files), the draft is due. */
    void contributionsComplete(Measure measure, String taskId, LocalDate due, Map<String, String> texts,
            List<FileInfo> files) {
        var lines = new ArrayList<String>();
        texts.forEach((member, text) -> lines.add(mails.line("contribution", Map.of("member", mails.memberName(member),
                "files", files(files.stream().filter(f -> f.member().equals(member)).count()),
                "text", text == null ? GermanFormat.NONE : text))));
        files.forEach(f -> lines.add(mails.line("contribution-file", Map.of("name", f.name(),
                "member", mails.memberName(f.member()), "url", fileUrl(measure, f.id())))));
        mails.send(measure, recipients.member(measure.getLeadMember()), "task/" + taskId + "/draft-due",
                product(measure, MeasureMail.of("contributions-complete")).with("due", GermanFormat.date(due))
                .with("uploadUrl", uploadUrl(measure, true)).details(lines).link(links.tasklist(taskId)));
    }

    /** To a signer: the draft to sign off, with a link to it and the lead town's note. */
    void approvalRequested(Measure measure, String member, String taskId, LocalDate due, int round, FileInfo draft,
            String note) {
        mails.send(measure, recipients.member(member), "task/" + taskId + "/approval-requested", product(measure,
                MeasureMail.of("draft-approval-requested")).with("due", GermanFormat.date(due)).with("round", round)
                .details(List.of(mails.line("draft", Map.of("name", draft.name(), "url", fileUrl(measure, draft.id())))))
                .comment(note).link(links.tasklist(taskId)));
    }

    /** To the lead town: the signers' change requests of the round. */
    void changesRequested(Measure measure, int round, List<DraftApproval> requests) {
        var lines = requests.stream().map(r -> mails.line("change-request", Map.of("member",
                mails.memberName(r.getMember()), "comment", r.getComment()))).toList();
        mails.send(measure, recipients.member(measure.getLeadMember()), "measure/" + measure.getId() + "/draft-changes/"
                + round, product(measure, MeasureMail.of("draft-changes-requested")).with("round", round)
                .details(lines).link(links.tasklist(null)));
    }

    /** To every signer and the coordinators: the draft is approved by all, implementation begins. */
    void draftApproved(Measure measure, int round, FileInfo draft) {
        var signers = measure.signers().stream().map(Participation::getMemberId).toList();
        mails.send(measure, recipients.membersAndCoordinators(signers),
                "measure/" + measure.getId() + "/draft-approved/" + round, product(measure,
                MeasureMail.of("draft-approved")).details(List.of(mails.line("draft",
                Map.of("name", draft.name(), "url", fileUrl(measure, draft.id()))))));
    }

    private static MeasureMail product(Measure measure, MeasureMail mail) {
        return mail.with("product", productName(measure));
    }

    /** "Veranstaltung" or "Publikation" (the category's own term), with "die" in every mail. */
    private static String productName(Measure measure) {
        return measure.getCategory().label();
    }

    /** "keine Datei", "1 Datei", "3 Dateien". */
    static String files(long count) {
        return count == 0 ? Texts.text("files.count.none") : count == 1 ? Texts.text("files.count.one")
                : Texts.text("files.count.many", "count", count);
    }
}
