package de.akn.workflow.publicsite;

import de.akn.workflow.common.Texts;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start while {@code alliance.site.required} is set (profile {@code prod}) and a legal page is
 * missing or still a default text. It checks before any bean is built: the public site's controller is first
 * built while the web server starts, where a failure would reach the operator only as "Tomcat failed to start".
 */
@Component
class LegalPagesGuard implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        var site = Binder.get(environment).bindOrCreate("alliance.site", SiteProperties.class);
        if (!site.isComplete()) {
            throw new IllegalStateException(Texts.text("site.incomplete"));
        }
    }
}
