package de.akn.workflow.absence.process;

import static de.akn.workflow.absence.AbsenceProcess.*;

import de.akn.workflow.absence.AbsenceService;
import de.akn.workflow.absence.AbsenceService.Caller;
import de.akn.workflow.absence.NewAbsence;
import de.akn.workflow.common.GermanFormat;
import de.akn.workflow.common.Texts;
import de.akn.workflow.security.IdentityDirectory;
import java.util.HashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of {@code absence} from the Tasklist form: the same rules as {@code POST /api/absences};
 * a bad value is shown under the form and nothing is stored.
 */
@Component("absenceStartListener")
class AbsenceStartListener implements ExecutionListener {

    private final AbsenceService absences;
    private final IdentityDirectory directory;

    AbsenceStartListener(AbsenceService absences, IdentityDirectory directory) {
        this.absences = absences;
        this.directory = directory;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String initiator = (String) execution.getVariable(INITIATOR);
        var input = new HashMap<String, Object>();
        for (String name : new String[] {USER_ID, FROM, TO, DEPUTY}) {
            input.put(name, execution.getVariable(name));
        }
        var caller = new Caller(initiator, directory.groupsOf(initiator));
        var absence = absences.record(NewAbsence.read(input, caller), caller);
        execution.setVariable(ABSENCE_ID, absence.getId());
        execution.setProcessBusinessKey(Texts.text("absence.business-key", "user",
                directory.displayName(absence.getUserId()), "from", GermanFormat.date(absence.getStartsOn()), "to",
                GermanFormat.date(absence.getEndsOn())));
    }
}
