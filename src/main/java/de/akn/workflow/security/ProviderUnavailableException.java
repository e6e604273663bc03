package de.akn.workflow.security;

import org.springframework.security.authentication.AuthenticationServiceException;

/** The OpenID Connect provider cannot be reached (discovery or keys): answered with 503, not 401 or 500. */
class ProviderUnavailableException extends AuthenticationServiceException {

    ProviderUnavailableException(Throwable cause) {
        super("OpenID Connect provider not reachable", cause);
    }
}
