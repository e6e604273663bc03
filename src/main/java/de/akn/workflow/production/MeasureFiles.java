package de.akn.workflow.production;

import de.akn.workflow.common.ForbiddenProblem;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.measure.EventDetail;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureCategory;
import de.akn.workflow.measure.MeasureEventType;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.measure.Viewer;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.production.internal.FileInfo;
import de.akn.workflow.production.internal.MeasureFile;
import de.akn.workflow.production.internal.MeasureFileRepository;
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
 * Files of joint events and brochures: uploaded by the signer towns (for their own contribution; the
 * lead town also its draft), the coordinator or an administrator; read by the same. Checked by
 * {@link FileTypes}, stored in the database with an audit-trail event.
 */
@Service
public class MeasureFiles {

    private final MeasureService measures;
    private final MeasureFileRepository files;
    private final MemberService members;
    private final long maxBytes;
    private final Clock clock;

    MeasureFiles(MeasureService measures, MeasureFileRepository files, MemberService members,
            FileProperties properties, Optional<Clock> clock) {
        this.measures = measures;
        this.files = files;
        this.members = members;
        this.maxBytes = properties.maxSize().toBytes();
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A file with its content, for download. */
    public record Download(String name, String contentType, byte[] content) {
    }

    /**
     * Stores an upload. 404: unknown measure; 403: not a signer town, coordinator or admin (a draft:
     * only the lead town); 409: not an adopted event or publication; 400: empty, too large, wrong type.
     *
     * @param forMember for the coordinator and admin: the signer the file belongs to (default the lead)
     */
    @Transactional
    public FileInfo upload(String reference, MeasureFile.Kind kind, String forMember, String originalName,
            byte[] content, String userId, Collection<String> groups) {
        Measure measure = measure(reference);
        if (!privileged(groups) && participantOf(measure, userId, groups).isEmpty()) {
            throw new ForbiddenProblem(Texts.text("files.upload.forbidden"));
        }
        // a town taking part learns why it cannot upload yet (before co-signing it is not a signer either)
        if (!inProduction(measure)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, Texts.text("files.not-in-production"));
        }
        String member = uploader(measure, kind, forMember, userId, groups);
        var type = FileTypes.check(content, maxBytes);
        String name = FileTypes.fileName(originalName, type);
        var file = files.save(new MeasureFile(measure.getId(), member, kind, name, type.contentType(), content,
                userId, clock.instant()));
        measures.record(measure, userId, MeasureEventType.FILE_UPLOADED, EventDetail.of(kind == MeasureFile.Kind.DRAFT
                ? "production.event.draft-uploaded" : "production.event.file-uploaded", "name", name,
                "size", FileTypes.megabytes(file.getSize()), "member", members.find(member)
                        .map(Member::accusative).orElse(member)));
        return files.info(file.getId()).orElseThrow();
    }

    /** A file for the measure's signer towns, the coordinator and admin (others 403; unknown 404). */
    @Transactional(readOnly = true)
    public Download read(String reference, Long fileId, String userId, Collection<String> groups) {
        Measure measure = measure(reference);
        if (!privileged(groups) && signerOf(measure, userId, groups).isEmpty()) {
            throw new ForbiddenProblem(Texts.text("files.read.forbidden"));
        }
        var file = files.findByIdAndMeasureId(fileId, measure.getId()).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, Texts.text("files.not-found")));
        return new Download(file.getName(), file.getContentType(), file.getContent());
    }

    /** An adopted event or publication (production runs; files are welcome). */
    static boolean inProduction(Measure measure) {
        return isProduced(measure.getCategory()) && measure.getStatus() == MeasureStatus.ADOPTED;
    }

    /** Events and brochures go through production before implementation. */
    public static boolean isProduced(MeasureCategory category) {
        return category == MeasureCategory.EVENT || category == MeasureCategory.PUBLICATION;
    }

    private Measure measure(String reference) {
        return measures.find(reference, new Viewer("files", true, List.of())).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, Texts.text("files.measure-not-found")));
    }

    /** Whose file it is: the uploader's own signer town; for the coordinator and admin the one named. */
    private String uploader(Measure measure, MeasureFile.Kind kind, String forMember, String userId,
            Collection<String> groups) {
        boolean draft = kind == MeasureFile.Kind.DRAFT;
        if (privileged(groups)) {
            String member = draft || forMember == null || forMember.isBlank() ? measure.getLeadMember() : forMember;
            if (measure.participationOf(member).filter(Participation::isSigner).isEmpty()) {
                throw ValidationProblem.of("member", Texts.text("files.not-a-signer", "member",
                        members.find(member).map(m -> m.nominative(true)).orElse(member)));
            }
            return member;
        }
        var own = signerOf(measure, userId, groups);
        if (own.isEmpty()) {
            throw new ForbiddenProblem(Texts.text("files.upload.forbidden"));
        }
        if (draft && !own.contains(measure.getLeadMember())) {
            throw new ForbiddenProblem(Texts.text("files.draft.lead-only"));
        }
        return draft ? measure.getLeadMember() : own.get(0);
    }

    private static List<String> participantOf(Measure measure, String userId, Collection<String> groups) {
        var viewer = Viewer.of(userId, groups);
        return measure.getParticipations().stream().map(Participation::getMemberId).filter(viewer.members()::contains)
                .toList();
    }

    private static List<String> signerOf(Measure measure, String userId, Collection<String> groups) {
        var viewer = Viewer.of(userId, groups);
        return measure.signers().stream().map(Participation::getMemberId).filter(viewer.members()::contains).toList();
    }

    private static boolean privileged(Collection<String> groups) {
        return groups.contains(Groups.COORDINATOR) || groups.contains(Groups.ADMIN);
    }
}
