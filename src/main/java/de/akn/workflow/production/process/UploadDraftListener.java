package de.akn.workflow.production.process;

import static de.akn.workflow.production.ProductionProcess.*;

import de.akn.workflow.common.TaskActor;
import de.akn.workflow.measure.JointMeasureProcess;
import de.akn.workflow.production.DraftSubmission;
import de.akn.workflow.production.ProductionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_UploadDraft}: created → the lead town is told that the draft is due (first round), the
 * form gets the upload address; completed → the uploaded draft is submitted for sign-off (German form
 * error without a new draft), the sign-off forms get its name and address.
 */
@Component("uploadDraftListener")
class UploadDraftListener implements TaskListener {

    private final ProductionService production;

    UploadDraftListener(ProductionService production) {
        this.production = production;
    }

    @Override
    public void notify(DelegateTask task) {
        Long measureId = JointMeasureProcess.measureId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            // each round chooses its draft anew
            task.getExecution().setVariable(DRAFT_FILE_ID, null);
            task.setVariableLocal(UPLOAD_URL, production.draftRequested(measureId, task.getId(), task.getDueDate()));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            var draft = production.submitDraft(measureId, DraftSubmission.of(task.getVariables()), TaskActor.of(task));
            task.getExecution().setVariable(DRAFT_ROUND, draft.round());
            task.getExecution().setVariable(DRAFT_FILE_NAME, draft.file().name());
            task.getExecution().setVariable(DRAFT_URL, draft.url());
        }
    }
}
