package de.akn.workflow.production;

import static de.akn.workflow.production.ProductionProcess.DRAFT_FILE_ID;
import static de.akn.workflow.production.ProductionProcess.DRAFT_NOTE;

import de.akn.workflow.common.Inputs;
import de.akn.workflow.common.TextLimits;
import de.akn.workflow.common.Texts;
import de.akn.workflow.common.ValidationProblem;
import java.util.Map;

/**
 * The lead town submits a draft ({@code Task_UploadDraft}): the file chosen, and a note for the signers.
 * Whether the file is a draft of the measure not submitted before is the service's rule.
 *
 * @param fileId null: the latest draft uploaded and not yet submitted
 */
public record DraftSubmission(Long fileId, String note) {

    /** From the task's variables; invalid values throw {@link ValidationProblem} (German). */
    public static DraftSubmission of(Map<String, ?> variables) {
        String note = Inputs.text(variables.get(DRAFT_NOTE));
        if (note != null && note.length() > TextLimits.TEXT) {
            throw ValidationProblem.of(DRAFT_NOTE, TextLimits.tooLong(Texts.text("production.note.what")));
        }
        Object fileIdValue = variables.get(DRAFT_FILE_ID);
        if (fileIdValue == null || fileIdValue instanceof String s && s.isBlank()) {
            return new DraftSubmission(null, note);
        }
        Integer id = Inputs.integer(fileIdValue);
        if (id == null) {
            throw ValidationProblem.of(DRAFT_FILE_ID, Texts.text("production.draft.unknown"));
        }
        return new DraftSubmission(id.longValue(), note);
    }
}
