package de.akn.workflow.publicsite.web;

import de.akn.workflow.publicsite.PublicSite;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The public site's servlet filter: rendered pages kept per data version. */
@Configuration(proxyBeanMethods = false)
class PublicSiteWebConfiguration {

    @Bean
    FilterRegistrationBean<RenderedPageCache> renderedPageCache(PublicSite site) {
        var registration = new FilterRegistrationBean<>(new RenderedPageCache(site));
        registration.setName("renderedPageCache");
        registration.addUrlPatterns("/*");
        return registration;
    }
}
