package de.akn.workflow.common;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a module's processes bring to the rules the security module enforces, declared as a bean by the module
 * that owns the processes — so that a new process or variable touches its own module only:
 * <ul>
 *   <li>the variables only the process sets (which measure, which town, which meeting a task belongs to): a person
 *   who completes a task or submits its form may send them back unchanged, never changed;</li>
 *   <li>the process definitions the climate managers (and the partner) read or start in Tasklist.</li>
 * </ul>
 */
public record ProcessRules(Set<String> ownedVariables, List<TasklistProcess> tasklistProcesses) {

    /** Who works with a process definition in Tasklist. */
    public enum Audience { CLIMATE_MANAGERS, CLIMATE_MANAGERS_AND_PARTNER }

    /** A process definition shown in Tasklist: read (its diagram, its tasks' forms) or also started. */
    public record TasklistProcess(String processKey, boolean start, Audience audience) {
    }

    public ProcessRules {
        ownedVariables = Set.copyOf(ownedVariables);
        tasklistProcesses = List.copyOf(tasklistProcesses);
    }

    /** The variables only the module's processes set. */
    public static ProcessRules owning(String... variables) {
        return new ProcessRules(Set.of(variables), List.of());
    }

    /** And a process definition the audience starts in Tasklist. */
    public ProcessRules startedInTasklist(String processKey, Audience audience) {
        return with(new TasklistProcess(processKey, true, audience));
    }

    /** And a process definition the audience reads in Tasklist (the tasks of its instances). */
    public ProcessRules readInTasklist(String processKey, Audience audience) {
        return with(new TasklistProcess(processKey, false, audience));
    }

    private ProcessRules with(TasklistProcess process) {
        return new ProcessRules(ownedVariables, Stream.concat(tasklistProcesses.stream(), Stream.of(process)).toList());
    }
}
