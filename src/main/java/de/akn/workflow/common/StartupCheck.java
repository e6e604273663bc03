package de.akn.workflow.common;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * A check of the configuration that refuses to start with a German message before any bean is built. Beans
 * built while the web server starts (filter chains, controllers) would lose the message: the operator would
 * read only "Tomcat failed to start".
 */
public abstract class StartupCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public final void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public final void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        check(Binder.get(environment));
    }

    /** Throws {@link IllegalStateException} with a German message when the configuration cannot run. */
    protected abstract void check(Binder configuration);
}
