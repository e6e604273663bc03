package de.akn.workflow.measure;

import de.akn.workflow.web.ValidationProblem;
import java.util.LinkedHashMap;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The steps of {@code measure-review}: expert opinion, formal review, revision. */
@Service
public class ReviewService {

    static final Set<String> RECOMMENDATIONS = Set.of("SUPPORT", "SUPPORT_WITH_CHANGES", "ADVISE_AGAINST");

    private final MeasureService measures;
    private final MeasureNotifier notifier;

    ReviewService(MeasureService measures, MeasureNotifier notifier) {
        this.measures = measures;
        this.notifier = notifier;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void expertReviewRequested(Long measureId, String taskId) {
        Measure measure = measures.get(measureId);
        measures.record(measure, "system", MeasureEventType.EXPERT_REVIEW_REQUESTED,
                "Fachliche Stellungnahme der EnergieAgentur.NRW angefragt");
        notifier.expertReviewRequested(measure, taskId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordExpertOpinion(Long measureId, Object opinion, Object recommendation, String actor) {
        var errors = new LinkedHashMap<String, String>();
        String text = opinion instanceof String s ? s.trim() : "";
        if (text.length() < 10) {
            errors.put("expertOpinion", "Bitte eine Stellungnahme von mindestens 10 Zeichen angeben.");
        } else if (text.length() > 4000) {
            errors.put("expertOpinion", "Die Stellungnahme darf höchstens 4.000 Zeichen lang sein.");
        }
        if (!(recommendation instanceof String r) || !RECOMMENDATIONS.contains(r)) {
            errors.put("expertRecommendation", "Bitte eine Empfehlung wählen: unterstützen, unterstützen mit "
                    + "Änderungen oder abraten.");
        }
        if (!errors.isEmpty()) {
            throw new ValidationProblem(errors);
        }
        measures.record(measures.get(measureId), actor, MeasureEventType.EXPERT_OPINION_GIVEN,
                recommendation + ": " + text);
    }

    /** Records the coordinator's decision; the comment is required unless it approves. */
    @Transactional(propagation = Propagation.MANDATORY)
    public ReviewDecision recordFormalReview(Long measureId, Object decisionValue, Object commentValue, String actor,
            String taskId) {
        ReviewDecision decision = parseDecision(decisionValue);
        String comment = commentValue instanceof String s && !s.isBlank() ? s.trim() : null;
        if (decision != ReviewDecision.APPROVE && comment == null) {
            throw ValidationProblem.of("reviewComment", decision == ReviewDecision.REVISE
                    ? "Bitte begründen Sie, was überarbeitet werden soll."
                    : "Bitte begründen Sie die Ablehnung.");
        }
        if (comment != null && comment.length() > 4000) {
            throw ValidationProblem.of("reviewComment", "Der Kommentar darf höchstens 4.000 Zeichen lang sein.");
        }
        Measure measure = switch (decision) {
            case APPROVE -> measures.changeStatus(measureId, MeasureStatus.COSIGNING, actor,
                    MeasureEventType.APPROVED, comment == null ? "Freigegeben" : "Freigegeben: " + comment);
            case REVISE -> measures.changeStatus(measureId, MeasureStatus.REVISION, actor,
                    MeasureEventType.REVISION_REQUESTED, comment);
            case REJECT -> measures.changeStatus(measureId, MeasureStatus.REJECTED, actor,
                    MeasureEventType.REJECTED, comment);
        };
        notifier.reviewDecided(measure, decision, comment, taskId);
        return decision;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void revisedProposalArrived(Long measureId, String taskId) {
        notifier.revisedForReview(measures.get(measureId), taskId);
    }

    private static ReviewDecision parseDecision(Object value) {
        if (value instanceof String s) {
            try {
                return ReviewDecision.valueOf(s);
            } catch (IllegalArgumentException e) {
                // below
            }
        }
        throw ValidationProblem.of("reviewDecision", "Bitte entscheiden: freigeben, zur Überarbeitung "
                + "zurückgeben oder ablehnen.");
    }
}
