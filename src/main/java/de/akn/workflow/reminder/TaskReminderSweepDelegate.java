package de.akn.workflow.reminder;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code task-reminder-sweep}: one sweep over the overdue tasks. */
@Component("taskReminderSweepDelegate")
class TaskReminderSweepDelegate implements JavaDelegate {

    private final TaskReminderService reminders;

    TaskReminderSweepDelegate(TaskReminderService reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var result = reminders.sweep();
        execution.setVariable("overdueTasks", result.overdueTasks());
        execution.setVariable("remindersQueued", result.reminders());
    }
}
