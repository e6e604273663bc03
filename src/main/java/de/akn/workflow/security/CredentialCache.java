package de.akn.workflow.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Successful HTTP Basic verifications for a short time, as Spring Security's caching user details do: every REST
 * call carries the password, and checking it against the identity service each time reads the user and hashes
 * again. Only a keyed hash of the password is kept (HMAC with a key of this process, never the password), for
 * {@link #TIME_TO_LIVE} at most. A failed login, a change of the user (new password, deleted) and an unlock forget
 * the user at once; a verification that began before such a change is not remembered.
 */
@Component
public class CredentialCache {

    /** How long a verified password is trusted without asking the identity service again. */
    public static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);

    /** Beyond this many users the cache starts afresh (it holds the users calling in the last minute). */
    static final int MAX_USERS = 2000;

    private record Verified(byte[] hash, Instant until, long generation) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final Map<String, Long> generations = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();
    private final SecretKeySpec key;
    private final Clock clock;

    CredentialCache(Optional<Clock> clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Whether this password of this user was verified within the time to live and nothing changed since. */
    public boolean isVerified(String userId, String password) {
        Verified entry = verified.get(userId);
        return entry != null && entry.until().isAfter(clock.instant()) && entry.generation() == generation(userId)
                && MessageDigest.isEqual(entry.hash(), hash(userId, password));
    }

    /** The user's change count now: pass it to {@link #remember} after the verification that follows. */
    public long generation(String userId) {
        return generations.getOrDefault(userId, 0L);
    }

    /** The identity service verified this password; kept unless the user changed since {@code generation}. */
    public void remember(String userId, String password, long generation) {
        if (generation != generation(userId)) {
            return;
        }
        if (verified.size() >= MAX_USERS) {
            verified.clear();
        }
        verified.put(userId, new Verified(hash(userId, password), clock.instant().plus(TIME_TO_LIVE), generation));
    }

    /** A failed login or a change of the user: the next call is verified by the identity service again. */
    public void forget(String userId) {
        generations.put(userId, changes.incrementAndGet());
        verified.remove(userId);
    }

    private byte[] hash(String userId, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(userId.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
