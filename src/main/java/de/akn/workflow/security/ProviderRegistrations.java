package de.akn.workflow.security;

import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/**
 * The provider's client registration, read from its discovery document on first use and kept once read:
 * the application starts while the provider is down (no crash loop) and logins answer 503 until it is back
 * ({@link ProviderUnavailableException}).
 */
class ProviderRegistrations implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(ProviderRegistrations.class);

    private final OidcProperties properties;
    private final AtomicReference<ClientRegistration> registration = new AtomicReference<>();
    private final ProviderBackoff backoff = new ProviderBackoff();

    ProviderRegistrations(OidcProperties properties) {
        this.properties = properties;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return OidcProperties.REGISTRATION_ID.equals(registrationId) ? registration() : null;
    }

    /** The registration; throws {@link ProviderUnavailableException} while the provider cannot be read. */
    ClientRegistration registration() {
        var known = registration.get();
        if (known != null) {
            return known;
        }
        backoff.check();
        try {
            var read = ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                    .registrationId(OidcProperties.REGISTRATION_ID)
                    .clientId(properties.clientId()).clientSecret(properties.clientSecret())
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope("openid", "profile", "email")
                    .userNameAttributeName(properties.userClaim())
                    .build();
            registration.compareAndSet(null, read);
            log.info("OpenID Connect provider {} read", properties.issuerUri());
            return registration.get();
        } catch (RuntimeException e) {
            log.warn("OpenID Connect provider {} not reachable: {}", properties.issuerUri(), e.getMessage());
            throw backoff.failed(e);
        }
    }
}
