package de.akn.workflow.security;

import de.akn.workflow.common.ProcessRules;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Servlet filters in front of the engine REST API and the webapps' engine API. */
@Configuration(proxyBeanMethods = false)
class EngineApiFilters {

    @Bean
    FilterRegistrationBean<ProcessOwnedVariablesFilter> processOwnedVariablesFilter(TaskService taskService,
            IdentityDirectory directory, List<ProcessRules> rules) {
        var registration = new FilterRegistrationBean<>(new ProcessOwnedVariablesFilter(taskService, directory, rules));
        registration.setName("processOwnedVariables");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        // right after Spring Security (authentication first), before the engine's REST resources, which may be
        // served by a filter that ends the chain
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
