package de.akn.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A verified password is trusted for a minute, as long as nothing about the user changed. */
class CredentialCacheTest {

    private final MovingClock clock = new MovingClock();
    private final CredentialCache cache = new CredentialCache(Optional.of(clock));

    @Test
    void shouldTrustAVerifiedPasswordForAMinuteAndNoOtherPassword() {
        cache.remember("km-kaarst", "geheim-1", cache.generation("km-kaarst"));
        assertThat(cache.isVerified("km-kaarst", "geheim-1")).isTrue();
        assertThat(cache.isVerified("km-kaarst", "geheim-2")).isFalse();
        assertThat(cache.isVerified("km-meerbusch", "geheim-1")).isFalse();
        clock.now = clock.now.plus(CredentialCache.TIME_TO_LIVE);
        assertThat(cache.isVerified("km-kaarst", "geheim-1")).isFalse();
    }

    @Test
    void shouldForgetAUserAtOnceAndNotRememberAVerificationThatBeganBeforeTheChange() {
        cache.remember("km-kaarst", "alt", cache.generation("km-kaarst"));
        long before = cache.generation("km-kaarst");
        cache.forget("km-kaarst"); // the password changed meanwhile
        assertThat(cache.isVerified("km-kaarst", "alt")).isFalse();
        cache.remember("km-kaarst", "alt", before); // the verification of the old password ends now
        assertThat(cache.isVerified("km-kaarst", "alt")).isFalse();
        cache.remember("km-kaarst", "neu", cache.generation("km-kaarst"));
        assertThat(cache.isVerified("km-kaarst", "neu")).isTrue();
    }

    @Test
    void shouldStartAfreshBeyondItsSize() {
        for (int i = 0; i <= CredentialCache.MAX_USERS; i++) {
            cache.remember("user-" + i, "pw", 0);
        }
        assertThat(cache.isVerified("user-0", "pw")).isFalse();
        assertThat(cache.isVerified("user-" + CredentialCache.MAX_USERS, "pw")).isTrue();
    }

    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-07T08:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

}
