package de.akn.workflow.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * After a release: moves the running instances of a process from older versions to the newest one
 * where the change allows it (Camunda's migration API: equal activities are mapped, timers and other
 * event triggers take the new definition). Instances whose version cannot be migrated stay where
 * they are and finish on their version; the result says why.
 */
@Service
public class ProcessMigration {

    private static final Logger log = LoggerFactory.getLogger(ProcessMigration.class);

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;

    ProcessMigration(RepositoryService repositoryService, RuntimeService runtimeService) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
    }

    /** What happened to the running instances of one older version. */
    public record Result(String process, int fromVersion, int toVersion, long instances, long migrated,
            List<String> problems) {
    }

    /**
     * Migrates (or, with {@code dryRun}, only checks) every running instance of an older version of
     * the process to its newest version.
     *
     * @return one result per older version with running instances; empty if the process is unknown
     */
    public Optional<List<Result>> migrateToLatest(String processKey, boolean dryRun) {
        ProcessDefinition latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        if (latest == null) {
            return Optional.empty();
        }
        var results = new ArrayList<Result>();
        for (ProcessDefinition older : repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .orderByProcessDefinitionVersion().asc().list()) {
            long instances = runtimeService.createProcessInstanceQuery().processDefinitionId(older.getId()).count();
            if (older.getId().equals(latest.getId()) || instances == 0) {
                continue;
            }
            results.add(migrate(older, latest, instances, dryRun));
        }
        return Optional.of(results);
    }

    private Result migrate(ProcessDefinition older, ProcessDefinition latest, long instances, boolean dryRun) {
        var problems = new ArrayList<String>();
        long migrated = 0;
        try {
            MigrationPlan plan = runtimeService.createMigrationPlan(older.getId(), latest.getId())
                    .mapEqualActivities().updateEventTriggers().build();
            var query = runtimeService.createProcessInstanceQuery().processDefinitionId(older.getId());
            if (!dryRun) {
                runtimeService.newMigration(plan).processInstanceQuery(query).execute();
                migrated = instances;
            }
        } catch (MigrationPlanValidationException e) {
            e.getValidationReport().getInstructionReports().forEach(report -> problems.addAll(report.getFailures()));
        } catch (MigratingProcessInstanceValidationException e) {
            // one instance cannot move: none is moved (the migration is one transaction)
            var report = e.getValidationReport();
            problems.add("Instanz " + report.getProcessInstanceId() + ": " + report.getFailures());
            report.getActivityInstanceReports().forEach(a -> problems.addAll(a.getFailures()));
            report.getTransitionInstanceReports().forEach(t -> problems.addAll(t.getFailures()));
        }
        log.info("Migration of {} from version {} to {}: {} of {} instances{}", older.getKey(), older.getVersion(),
                latest.getVersion(), migrated, instances, problems.isEmpty() ? "" : ", problems: " + problems);
        return new Result(older.getKey(), older.getVersion(), latest.getVersion(), instances, migrated,
                List.copyOf(problems));
    }
}
