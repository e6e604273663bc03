package de.akn.workflow.security;

import de.akn.workflow.common.Texts;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with profile {@code oidc} but without the provider's issuer, client id or client secret. It
 * checks before any bean is built: the security filter chains are built while the web server starts, where a
 * failure would reach the operator only as "Tomcat failed to start".
 */
@Component
@Profile("oidc")
class OidcSettingsGuard implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        var oidc = Binder.get(environment).bindOrCreate("alliance.oidc", OidcProperties.class);
        if (blank(oidc.issuerUri()) || blank(oidc.clientId()) || blank(oidc.clientSecret())) {
            throw new IllegalStateException(Texts.text("oidc.not-configured"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
