package de.akn.workflow.security;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * After the provider could not be reached, answer 503 at once for a while instead of asking it again on every
 * request: a provider that hangs must not take the request threads of the public site and the webapps with it.
 */
class ProviderBackoff {

    static final Duration PAUSE = Duration.ofSeconds(15);

    private final AtomicReference<Instant> retryAt = new AtomicReference<>(Instant.MIN);

    /** Throws while the last failure is recent. */
    void check() {
        if (Instant.now().isBefore(retryAt.get())) {
            throw new ProviderUnavailableException(null);
        }
    }

    ProviderUnavailableException failed(Throwable cause) {
        retryAt.set(Instant.now().plus(PAUSE));
        return new ProviderUnavailableException(cause);
    }
}
