package de.akn.workflow.production;

import de.akn.workflow.common.Dates;
import de.akn.workflow.common.TextLimits;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.measure.EventDetail;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureEventType;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.production.internal.Contribution;
import de.akn.workflow.production.internal.ContributionRepository;
import de.akn.workflow.production.internal.DraftApproval;
import de.akn.workflow.production.internal.DraftApprovalRepository;
import de.akn.workflow.production.internal.FileInfo;
import de.akn.workflow.production.internal.MeasureFile;
import de.akn.workflow.production.internal.MeasureFileRepository;
import java.time.Clock;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code measure-production}: each signer's contribution, the lead town's draft and the
 * signers' sign-off in rounds until all approve. Invalid input throws a German {@link ValidationProblem};
 * nothing is stored and the task stays open.
 */
@Service
public class ProductionService {

    private final MeasureService measures;
    private final ContributionRepository contributions;
    private final DraftApprovalRepository approvals;
    private final MeasureFileRepository files;
    private final MemberService members;
    private final ProductionMails mails;
    private final Clock clock;

    ProductionService(MeasureService measures, ContributionRepository contributions, DraftApprovalRepository approvals,
            MeasureFileRepository files, MemberService members, ProductionMails mails, Optional<Clock> clock) {
        this.measures = measures;
        this.contributions = contributions;
        this.approvals = approvals;
        this.files = files;
        this.members = members;
        this.mails = mails;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A submitted draft: its round (1, 2 …), its file and where to read it. */
    public record Draft(int round, FileInfo file, String url) {
    }

    /** The end of a round of sign-offs: all approved, or the change requests as a text for the draft form. */
    public record RoundOutcome(boolean approved, String changeRequests) {
    }

    /** The signers at adoption: the lead member and every town that co-signed (the multi-instance collection). */
    @Transactional(readOnly = true)
    public List<String> signers(Long measureId) {
        return measures.get(measureId).signers().stream().map(Participation::getMemberId).toList();
    }

    /** A signer is asked for its contribution; returns where its files are uploaded (shown in the form). */
    @Transactional(propagation = Propagation.MANDATORY)
    public String contributionRequested(Long measureId, String member, String taskId, Date due) {
        Measure measure = measures.get(measureId);
        mails.contributionRequested(measure, member, taskId, Dates.day(due));
        return mails.uploadUrl(measure, false);
    }

    /** A signer's contribution text (required, at most {@link TextLimits#TEXT} characters), with an event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void submitContribution(Long measureId, String member, String text, String actor) {
        if (text == null) {
            throw ValidationProblem.of(ProductionProcess.CONTRIBUTION_TEXT,
                    Texts.text("production.contribution.missing"));
        }
        if (text.length() > TextLimits.TEXT) {
            throw ValidationProblem.of(ProductionProcess.CONTRIBUTION_TEXT,
                    TextLimits.tooLong(Texts.text("production.contribution.what")));
        }
        Measure measure = measures.get(measureId);
        var contribution = contributions.findByMeasureIdAndMember(measureId, member)
                .orElseGet(() -> new Contribution(measureId, member));
        contribution.submit(text, actor, clock.instant());
        contributions.save(contribution);
        long count = contributionFiles(measureId, member);
        measures.record(measure, actor, MeasureEventType.CONTRIBUTION_SUBMITTED,
                EventDetail.of("production.event.contribution", "member", genitive(member),
                        "files", ProductionMails.files(count)));
    }

    /**
     * The draft is due: on the first round the lead town is told that every contribution is in (later
     * rounds follow a mail with the change requests). Returns where the draft is uploaded.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String draftRequested(Long measureId, String taskId, Date due) {
        Measure measure = measures.get(measureId);
        if (approvals.latestRound(measureId) == 0) {
            var texts = new LinkedHashMap<String, String>();
            measure.signers().forEach(p -> texts.put(p.getMemberId(), null));
            contributions.findByMeasureIdOrderById(measureId).forEach(c -> texts.put(c.getMember(), c.getText()));
            mails.contributionsComplete(measure, taskId, Dates.day(due), texts, files.infos(measureId).stream()
                    .filter(f -> f.kind() == MeasureFile.Kind.CONTRIBUTION).toList());
        }
        return mails.uploadUrl(measure, true);
    }

    /**
     * The lead town submits a draft: the file chosen ({@code draftFileId}) or else the latest draft uploaded
     * and not yet submitted. Opens a round of sign-offs, one per signer.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Draft submitDraft(Long measureId, DraftSubmission submission, String actor) {
        String note = submission.note();
        Measure measure = measures.get(measureId);
        FileInfo draft = chooseDraft(measureId, submission.fileId());
        int round = approvals.latestRound(measureId) + 1;
        for (Participation signer : measure.signers()) {
            approvals.save(new DraftApproval(measureId, round, signer.getMemberId(), draft.id()));
        }
        measures.record(measure, actor, MeasureEventType.DRAFT_UPLOADED, EventDetail.of("production.event.draft-submitted",
                "name", draft.name(), "round", round).withComment(note));
        return new Draft(round, draft, mails.fileUrl(measure, draft.id()));
    }

    /** A signer is asked to sign off the draft of the current round. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void approvalRequested(Long measureId, String member, String taskId, Date due, String note) {
        Measure measure = measures.get(measureId);
        int round = approvals.latestRound(measureId);
        var approval = approvals.findByMeasureIdAndRoundAndMember(measureId, round, member).orElseThrow();
        FileInfo draft = files.info(approval.getDraftFileId()).orElseThrow();
        mails.approvalRequested(measure, member, taskId, Dates.day(due), round, draft, note);
    }

    /** A signer's sign-off of the current draft, with an event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void decideDraft(Long measureId, String member, DraftDecision decision, String actor) {
        Measure measure = measures.get(measureId);
        int round = approvals.latestRound(measureId);
        var approval = approvals.findByMeasureIdAndRoundAndMember(measureId, round, member).orElseThrow(() ->
                new IllegalStateException(Texts.text("production.approval.none", "member", member,
                        "round", round)));
        boolean approved = decision.approval() == DraftDecision.Approval.APPROVE;
        approval.decide(approved ? DraftApproval.Status.APPROVED : DraftApproval.Status.CHANGES_REQUESTED,
                decision.comment(), actor, clock.instant());
        measures.record(measure, actor, approved ? MeasureEventType.DRAFT_APPROVED
                : MeasureEventType.DRAFT_CHANGES_REQUESTED, EventDetail.of(approved ? "production.event.draft-approved"
                : "production.event.changes-requested", "round", round, "byMember", members.find(member)
                        .map(Member::afterVon).orElse(member)).withComment(decision.comment()));
    }

    /** Every signer decided: the lead town gets the change requests, or everyone learns that all approved. */
    @Transactional(propagation = Propagation.MANDATORY)
    public RoundOutcome concludeRound(Long measureId) {
        Measure measure = measures.get(measureId);
        int round = approvals.latestRound(measureId);
        var decisions = approvals.findByMeasureIdAndRoundOrderById(measureId, round);
        var requests = decisions.stream().filter(a -> a.getStatus() == DraftApproval.Status.CHANGES_REQUESTED).toList();
        if (requests.isEmpty()) {
            mails.draftApproved(measure, round, files.info(decisions.get(0).getDraftFileId()).orElseThrow());
            return new RoundOutcome(true, null);
        }
        mails.changesRequested(measure, round, requests);
        return new RoundOutcome(false, String.join("\n", requests.stream()
                .map(r -> members.nameOf(r.getMember()) + ": " + r.getComment()).toList()));
    }

    private FileInfo chooseDraft(Long measureId, Long fileId) {
        if (fileId != null) {
            var chosen = files.info(fileId)
                    .filter(f -> f.measureId().equals(measureId) && f.kind() == MeasureFile.Kind.DRAFT)
                    .orElseThrow(() -> ValidationProblem.of(ProductionProcess.DRAFT_FILE_ID,
                            Texts.text("production.draft.unknown")));
            if (approvals.existsByDraftFileId(chosen.id())) {
                throw ValidationProblem.of(ProductionProcess.DRAFT_FILE_ID,
                        Texts.text("production.draft.submitted-before"));
            }
            return chosen;
        }
        return files.infos(measureId).stream().filter(f -> f.kind() == MeasureFile.Kind.DRAFT)
                .filter(f -> !approvals.existsByDraftFileId(f.id())).max(Comparator.comparing(FileInfo::id))
                .orElseThrow(() -> ValidationProblem.of(ProductionProcess.DRAFT_FILE_ID,
                        Texts.text("production.draft.missing")));
    }

    private long contributionFiles(Long measureId, String member) {
        return files.infos(measureId).stream()
                .filter(f -> f.member().equals(member) && f.kind() == MeasureFile.Kind.CONTRIBUTION).count();
    }

    private String genitive(String member) {
        return members.find(member).map(m -> m.genitive()).orElse(member);
    }
}
