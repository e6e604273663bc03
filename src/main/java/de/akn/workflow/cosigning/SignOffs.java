package de.akn.workflow.cosigning;

import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Links;
import de.akn.workflow.common.Texts;
import de.akn.workflow.measure.EventDetail;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MoneyTexts;
import de.akn.workflow.measure.Participation;
import de.akn.workflow.measure.ParticipationDecision;
import de.akn.workflow.measure.ParticipationStatus;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.security.IdentityDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The internal sign-off (Zeichnungsbefugnis): where a member requires it ({@code signOffRequired}), its
 * climate manager's yes (or its council's) binds the town only once its Zeichnungsberechtigte sign it —
 * the Bürgermeister or an authorised head of department, group {@code signoff-<member>}. Until then the
 * participation is SIGNOFF_PENDING; a refusal declines it and the climate management is told why.
 */
@Service
public class SignOffs {

    private final MeasureService measures;
    private final MemberService members;
    private final CosigningService cosigning;
    private final CosigningMails mails;
    private final Links links;
    private final IdentityDirectory directory;

    SignOffs(MeasureService measures, MemberService members, CosigningService cosigning, CosigningMails mails,
            Links links, IdentityDirectory directory) {
        this.directory = directory;
        this.measures = measures;
        this.members = members;
        this.cosigning = cosigning;
        this.mails = mails;
        this.links = links;
    }

    /** What the sign-off form shows: the decision to sign, the share, the ceiling, the Beschlussvorlage. */
    public record SignOffForm(String decisionText, String shareText, String sharesByYearText, String ceilingText,
            String councilDraftUrl) {
    }

    /** The Zeichnungsberechtigte are asked: mail, and the form's figures. */
    @Transactional(propagation = Propagation.MANDATORY)
    public SignOffForm requested(Long measureId, String member, String taskId) {
        Measure measure = measures.get(measureId);
        Participation participation = measure.participationOf(member).orElseThrow();
        var share = cosigning.prospectiveShare(measureId, member).orElse(null);
        String draft = links.api("/api/measures/" + measure.getReference() + "/council-draft/" + member + ".pdf");
        var form = new SignOffForm(Texts.text("sign-off.decision", "member", members.nameOf(member), "by",
                participation.getDecidedBy() == null ? "–" : directory.displayName(participation.getDecidedBy()), "at",
                participation.getDecidedAt() == null ? "–" : GermanFormat.date(participation.getDecidedAt()),
                "comment", participation.getComment() == null ? "" : " – " + participation.getComment()),
                share == null ? "–" : GermanFormat.money(share.costEur()),
                share == null ? "–" : MoneyTexts.years(share.byYear()),
                participation.getCostCeilingEur() == null ? "–" : GermanFormat.money(participation.getCostCeilingEur()),
                draft);
        mails.signOffRequested(measure, member, taskId, draft);
        return form;
    }

    /** APPROVE: the town co-signs. REJECT (with a reason): it declines; its climate management is told. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void decide(Long measureId, String member, SignOffCommand command, String actor) {
        String comment = command.comment();
        String name = members.nameOf(member);
        boolean approved = command.decision() == SignOffDecision.APPROVE;
        Measure measure = measures.decide(measureId, new ParticipationDecision(member, approved
                ? ParticipationStatus.COSIGNED : ParticipationStatus.DECLINED, actor, comment, null,
                EventDetail.of(approved ? "event.sign-off.approved" : "event.sign-off.rejected", "member", name)
                        .withComment(comment)));
        if (!approved) {
            mails.signOffRejected(measure, member, comment);
        }
    }
}
