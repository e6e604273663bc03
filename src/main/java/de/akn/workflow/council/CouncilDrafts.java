package de.akn.workflow.council;

import de.akn.workflow.common.AllianceProperties;
import de.akn.workflow.common.ForbiddenProblem;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.MemberKind;
import de.akn.workflow.common.Texts;
import de.akn.workflow.cosigning.CosigningService;
import de.akn.workflow.cosigning.CostSplitProperties;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.measure.Synergy;
import de.akn.workflow.measure.Viewer;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.pdf.PdfProperties;
import de.akn.workflow.security.Groups;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The Beschlussvorlage of a member for a measure: what its council decides (co-signing with a
 * share up to a ceiling, in a budget year) and why — written as a German administration writes a
 * Vorlage. The member's own users, the coordinator and the administrators may fetch it.
 */
@Service
public class CouncilDrafts {

    private final MeasureService measures;
    private final MemberService members;
    private final CouncilDraftWriter writer;
    private final CouncilDraftDocx docx;
    private final CouncilDraftPdf pdf;
    private final Clock clock;

    CouncilDrafts(MeasureService measures, MemberService members, CosigningService cosigning, Synergy synergy,
            AllianceProperties properties, CostSplitProperties costSplit, CouncilDraftProperties draftSettings,
            PdfProperties pdfSettings, Optional<Clock> clock) {
        this.measures = measures;
        this.members = members;
        this.writer = new CouncilDraftWriter(measures, members, cosigning, synergy, properties, costSplit);
        this.docx = new CouncilDraftDocx(draftSettings.template());
        this.pdf = new CouncilDraftPdf(pdfSettings.fontDirectory());
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A document to download: its file name and content. */
    public record Document(String fileName, byte[] content) {
    }

    @Transactional(readOnly = true)
    public Document docx(String reference, String memberId, String userId, Collection<String> groups) {
        CouncilDraft draft = draft(reference, memberId, userId, groups);
        return new Document(draft.fileName() + ".docx", docx.render(draft, memberId));
    }

    @Transactional(readOnly = true)
    public Document pdf(String reference, String memberId, String userId, Collection<String> groups) {
        CouncilDraft draft = draft(reference, memberId, userId, groups);
        return new Document(draft.fileName() + ".pdf", pdf.render(draft));
    }

    /** The draft, if the caller may read it: 404 for an unknown measure or member, 403 for another town. */
    @Transactional(readOnly = true)
    public CouncilDraft draft(String reference, String memberId, String userId, Collection<String> groups) {
        Member member = members.find(memberId).filter(m -> m.getKind() != MemberKind.PARTNER).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, Texts.text("council-draft.member-unknown")));
        boolean allowed = groups.contains(Groups.COORDINATOR) || groups.contains(Groups.ADMIN)
                || groups.contains(Member.MEMBER_GROUP_PREFIX + memberId)
                || groups.contains(Member.SIGN_OFF_GROUP_PREFIX + memberId);
        if (!allowed) {
            throw new ForbiddenProblem(Texts.text("council-draft.forbidden", "member", member.genitive()));
        }
        Measure measure = measures.find(reference, new Viewer(userId, true, List.of())).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, Texts.text("council-draft.measure-unknown")));
        if (measure.getStatus() == MeasureStatus.IN_REVIEW || measure.getStatus() == MeasureStatus.REVISION
                || measure.getStatus() == MeasureStatus.REJECTED) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, Texts.text("council-draft.not-yet"));
        }
        Participation participation = measure.participationOf(memberId).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, Texts.text("council-draft.not-involved", "member",
                        member.nominative(true))));
        return writer.write(measure, member, participation, GermanFormat.day(clock.instant()));
    }
}
