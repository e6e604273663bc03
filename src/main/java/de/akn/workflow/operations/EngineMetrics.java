package de.akn.workflow.operations;

import de.akn.workflow.notification.NotificationSender;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

/**
 * Camunda jobs and incidents for {@code /actuator/prometheus}: what operators alert on besides
 * the outbox gauges. Counted on each scrape (cheap count queries).
 */
@Component
class EngineMetrics implements MeterBinder {

    private final ManagementService management;
    private final RuntimeService runtime;

    EngineMetrics(ManagementService management, RuntimeService runtime) {
        this.management = management;
        this.runtime = runtime;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("akn.camunda.jobs.executable", () -> management.createJobQuery().executable().count())
                .description("Jobs due and with retries left (backlog of the job executor)").register(registry);
        Gauge.builder("akn.camunda.jobs.failed", () -> management.createJobQuery().noRetriesLeft().count())
                .description("Jobs without retries left (each has an incident)").register(registry);
        Gauge.builder("akn.camunda.incidents.open", () -> runtime.createIncidentQuery().count())
                .description("Open incidents, all types").register(registry);
        for (String type : new String[] {Incident.FAILED_JOB_HANDLER_TYPE, NotificationSender.INCIDENT_TYPE}) {
            Gauge.builder("akn.camunda.incidents.open.by.type", () -> runtime.createIncidentQuery().incidentType(type)
                    .count()).tag("type", type).description("Open incidents of one type").register(registry);
        }
    }
}
