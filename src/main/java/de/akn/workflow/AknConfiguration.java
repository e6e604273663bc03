package de.akn.workflow;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The process application ({@code META-INF/processes.xml} deploys {@code bpmn/}), scheduled jobs
 * (the outbox sender) and the {@code alliance.*} properties. Kept off {@link AknApplication}
 * (Spring Boot's advice for test slices).
 */
@Configuration(proxyBeanMethods = false)
@EnableProcessApplication("akn-workflow")
@ConfigurationPropertiesScan
@EnableScheduling
class AknConfiguration {
}
