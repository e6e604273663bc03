package de.akn.workflow.security;

import de.akn.workflow.common.StartupCheck;
import de.akn.workflow.common.Texts;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Refuses to start with profile {@code oidc} but without the provider's issuer, client id or client secret. */
@Component
@Profile("oidc")
class OidcSettingsGuard extends StartupCheck {

    @Override
    protected void check(Binder configuration) {
        var oidc = configuration.bindOrCreate("alliance.oidc", OidcProperties.class);
        if (blank(oidc.issuerUri()) || blank(oidc.clientId()) || blank(oidc.clientSecret())) {
            throw new IllegalStateException(Texts.text("oidc.not-configured"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
