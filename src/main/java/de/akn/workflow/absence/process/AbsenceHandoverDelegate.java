package de.akn.workflow.absence.process;

import de.akn.workflow.common.Dates;
import de.akn.workflow.absence.DeputyRouting;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code task-reminder-sweep}, each morning before the reminders: the tasks of everyone whose
 * absence has begun go to the deputies.
 */
@Component("absenceHandoverDelegate")
class AbsenceHandoverDelegate implements JavaDelegate {

    private final DeputyRouting routing;

    AbsenceHandoverDelegate(DeputyRouting routing) {
        this.routing = routing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("tasksHandedOver", routing.handOverAll(Dates.today()));
    }
}
