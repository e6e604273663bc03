package de.akn.workflow.support;

import de.akn.workflow.reminder.TaskReminderService;
import org.springframework.dao.DuplicateKeyException;

/**
 * Runs the daily reminder sweep from a test the way the engine's job runs it. When a test moves the clock past
 * 07:00, the engine's own daily sweep falls due and may run at the same moment; whichever queues a reminder
 * first wins its dedup key and the other fails — the engine retries its job, and this retries the test's call,
 * which then finds the reminders queued.
 */
public final class Sweeps {

    private Sweeps() {
    }

    public static TaskReminderService.Result run(TaskReminderService reminders) {
        for (int attempt = 1;; attempt++) {
            try {
                return reminders.sweep();
            } catch (DuplicateKeyException concurrentSweep) {
                if (attempt == 3) {
                    throw concurrentSweep;
                }
            }
        }
    }
}
