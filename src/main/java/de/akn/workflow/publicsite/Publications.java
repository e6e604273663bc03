package de.akn.workflow.publicsite;

import static de.akn.workflow.publicsite.PublicationProcess.PUBLICATION_COMMENT;
import static de.akn.workflow.publicsite.PublicationProcess.PUBLICATION_DECISION;
import static de.akn.workflow.publicsite.PublicationProcess.PUBLIC_SUMMARY;
import static de.akn.workflow.publicsite.PublicationProcess.PUBLIC_SUMMARY_LENGTH;

import de.akn.workflow.common.ConflictProblem;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.TextLimits;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import de.akn.workflow.measure.EventDetail;
import de.akn.workflow.measure.Measure;
import de.akn.workflow.measure.MeasureEventType;
import de.akn.workflow.measure.MeasureService;
import de.akn.workflow.measure.MeasureStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The release for the public site: an adopted measure is public only once the coordination has read it and
 * released it with a summary written for the public (the proposal's summary was written for colleagues);
 * it may also withhold it. The signers learn when their measure goes public.
 */
@Service
public class Publications {

    /** The coordination's answer. */
    public enum Decision { RELEASE, WITHHOLD }

    private final MeasureService measures;
    private final PublicationMails mails;

    Publications(MeasureService measures, PublicationMails mails) {
        this.measures = measures;
        this.mails = mails;
    }

    /** The coordination is asked: mail; the summary to start from. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String requested(Long measureId, String taskId) {
        Measure measure = measures.get(measureId);
        mails.requested(measure, taskId);
        return measure.getPublicSummary() != null ? measure.getPublicSummary() : measure.getSummary();
    }

    /**
     * RELEASE with the public summary (required, at most {@value PublicationProcess#PUBLIC_SUMMARY_LENGTH}
     * characters; only an adopted or completed measure), or WITHHOLD (with a reason for the record).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void decide(Long measureId, Map<String, ?> variables, String actor) {
        var errors = new LinkedHashMap<String, String>();
        Decision decision = Inputs.enumValue(Decision.class, variables.get(PUBLICATION_DECISION));
        if (decision == null) {
            errors.put(PUBLICATION_DECISION, Texts.text("publication.decision"));
        }
        String summary = Inputs.text(variables.get(PUBLIC_SUMMARY));
        if (decision == Decision.RELEASE && summary == null) {
            errors.put(PUBLIC_SUMMARY, Texts.text("publication.summary"));
        } else if (summary != null && summary.length() > PUBLIC_SUMMARY_LENGTH) {
            errors.put(PUBLIC_SUMMARY, Texts.text("publication.summary-too-long", "max", GermanFormat.integer(PUBLIC_SUMMARY_LENGTH)));
        }
        String comment = Inputs.text(variables.get(PUBLICATION_COMMENT));
        if (comment != null && comment.length() > TextLimits.TEXT) {
            errors.put(PUBLICATION_COMMENT, Texts.text("publication.comment-too-long", "max", GermanFormat.integer(TextLimits.TEXT)));
        }
        ValidationProblem.throwIfAny(errors);
        Measure measure = measures.get(measureId);
        if (decision == Decision.WITHHOLD) {
            measures.record(measure, actor, MeasureEventType.PUBLICATION_WITHHELD, EventDetail.of("event.publication.withheld")
                    .withComment(comment));
            return;
        }
        if (measure.getStatus() != MeasureStatus.ADOPTED && measure.getStatus() != MeasureStatus.COMPLETED) {
            throw new ConflictProblem(Texts.text("publication.not-adopted"));
        }
        Measure published = measures.publish(measureId, summary, actor, EventDetail.of("event.publication.released"));
        mails.released(published);
    }
}
