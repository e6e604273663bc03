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
 * Successful HTTP Basic verifications, trusted for a short time ({@code alliance.security.credential-cache},
 * a minute): every REST call carries the password, and checking it against the identity service each time reads
 * the user and hashes again. Only a keyed hash of the password is kept (HMAC with a key of this process, never the
 * password). A change of the user (new password, deleted, unlocked) forgets it at once; a verification that began
 * before such a change is not remembered; a failed login drops what was trusted. The cache is per node: on the
 * other node an old password is trusted until its minute is over (ADR 0002).
 */
@Component
class CredentialCache {

    /** Beyond this many users (or changed users) the cache starts afresh: it holds those of the last minute. */
    static final int MAX_USERS = 2000;

    private record Verified(byte[] hash, Instant until, long generation) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final Map<String, Long> generations = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();
    private volatile long floor;
    private volatile boolean enabled = true;
    private final SecretKeySpec key;
    private final Duration timeToLive;
    private final Clock clock;

    CredentialCache(SecurityProperties properties, Optional<Clock> clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.timeToLive = properties.credentialCache();
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Whether this password of this user was verified within the time to live and nothing changed since. */
    boolean isVerified(String userId, String password) {
        Verified entry = verified.get(userId);
        return entry != null && entry.until().isAfter(clock.instant()) && entry.generation() == generation(userId)
                && MessageDigest.isEqual(entry.hash(), hash(userId, password));
    }

    /** The user's change count now: pass it to {@link #remember} after the verification that follows. */
    long generation(String userId) {
        return generations.getOrDefault(userId, floor);
    }

    /** The identity service verified this password; kept unless the user changed since {@code generation}. */
    void remember(String userId, String password, long generation) {
        if (!enabled || timeToLive.isZero() || generation != generation(userId)) {
            return;
        }
        if (verified.size() >= MAX_USERS) {
            verified.clear();
        }
        verified.put(userId, new Verified(hash(userId, password), clock.instant().plus(timeToLive), generation));
    }

    /** A failed login: the next call is verified by the identity service again. */
    void drop(String userId) {
        verified.remove(userId);
    }

    /** The user changed: nothing verified before, or while it changed, is trusted. */
    void forget(String userId) {
        if (generations.size() >= MAX_USERS) {
            // every verification under way fails its generation check against the new floor
            floor = changes.incrementAndGet();
            generations.clear();
            verified.clear();
        }
        generations.put(userId, changes.incrementAndGet());
        verified.remove(userId);
    }

    /** Users live in another store that does not tell us of changes: ask it every time. */
    void disable() {
        enabled = false;
        verified.clear();
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
