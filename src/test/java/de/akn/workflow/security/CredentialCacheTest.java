package de.akn.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A verified password is trusted for a minute, as long as nothing about the user changed. */
class CredentialCacheTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final MovingClock clock = new MovingClock();
    private final CredentialCache cache = new CredentialCache(new SecurityProperties(false, MINUTE), Optional.of(clock));

    @Test
    void shouldTrustAVerifiedPasswordForAMinuteAndNoOtherPassword() {
        cache.remember("km-kaarst", "geheim-1", cache.generation("km-kaarst"));
        assertThat(cache.isVerified("km-kaarst", "geheim-1")).isTrue();
        assertThat(cache.isVerified("km-kaarst", "geheim-2")).isFalse();
        assertThat(cache.isVerified("km-meerbusch", "geheim-1")).isFalse();
        clock.now = clock.now.plus(MINUTE);
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
    void shouldDropWhatWasTrustedAfterAFailedLogin() {
        cache.remember("km-kaarst", "geheim", cache.generation("km-kaarst"));
        cache.drop("km-kaarst");
        assertThat(cache.isVerified("km-kaarst", "geheim")).isFalse();
    }

    @Test
    void shouldNotGrowWithoutBoundWhateverNamesAreTried() {
        cache.remember("km-kaarst", "geheim", cache.generation("km-kaarst"));
        long before = cache.generation("km-kaarst");
        for (int i = 0; i <= 3 * CredentialCache.MAX_USERS; i++) {
            cache.remember("user-" + i, "pw", cache.generation("user-" + i));
            cache.forget("changed-" + i);
        }
        // the cache started afresh: a verification under way before that is not remembered
        cache.remember("km-kaarst", "geheim", before);
        assertThat(cache.isVerified("km-kaarst", "geheim")).isFalse();
        cache.remember("km-kaarst", "geheim", cache.generation("km-kaarst"));
        assertThat(cache.isVerified("km-kaarst", "geheim")).isTrue();
    }

    @Test
    void shouldTrustNothingWhenTurnedOffOrWhenUsersLiveElsewhere() {
        var off = new CredentialCache(new SecurityProperties(false, Duration.ZERO), Optional.of(clock));
        off.remember("km-kaarst", "geheim", off.generation("km-kaarst"));
        assertThat(off.isVerified("km-kaarst", "geheim")).isFalse();
        cache.remember("km-kaarst", "geheim", cache.generation("km-kaarst"));
        cache.disable();
        assertThat(cache.isVerified("km-kaarst", "geheim")).isFalse();
        cache.remember("km-kaarst", "geheim", cache.generation("km-kaarst"));
        assertThat(cache.isVerified("km-kaarst", "geheim")).isFalse();
    }

    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-07T08:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
