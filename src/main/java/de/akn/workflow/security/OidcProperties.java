package de.akn.workflow.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code alliance.oidc.*} (profile {@code oidc}): the OpenID Connect provider the towns log in with.
 *
 * @param issuerUri the provider's issuer; its discovery document and keys are read from there
 * @param clientId this application's client at the provider; tokens must name it in {@code aud}
 * @param clientSecret the client's secret (authorization code flow of the webapps)
 * @param groupsClaim the claim holding the person's group ids ({@code member-kaarst}, {@code coordinator} …)
 * @param userClaim the claim holding the user id the identity service knows the person by
 * @param basicAuth whether HTTP Basic with a Camunda password still works beside the tokens
 */
@ConfigurationProperties("alliance.oidc")
public record OidcProperties(String issuerUri, String clientId, String clientSecret,
        @DefaultValue("groups") String groupsClaim, @DefaultValue("preferred_username") String userClaim,
        @DefaultValue("false") boolean basicAuth) {

    /** The id of the provider's client registration (in {@code /oauth2/authorization/akn}). */
    public static final String REGISTRATION_ID = "akn";
}
