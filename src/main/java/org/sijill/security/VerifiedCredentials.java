package org.sijill.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.Base64;

/**
 * Remembers successful password checks for a short while so BCrypt does not dominate each request.
 * Entries are keyed by an HMAC of user and password under a key made at start and never stored, so
 * the cache holds nothing a password could be recovered from. Failures are never cached. Caffeine bounds
 * the entries and expires them (its ticker reads the given clock, so tests can move time).
 *
 * <p>At most {@code concurrentChecks} passwords are hashed at once: BCrypt is made to be slow, and unbounded
 * checks under a guessing storm would take every core from the readers. A check that finds no slot within
 * {@code checkWait} fails with {@link Busy}, which answers 429 and counts as no attempt.
 */
class VerifiedCredentials implements AuthenticationProvider {

    static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private final AuthenticationProvider delegate;
    private final SecretKeySpec key;
    private final Cache<String, Authentication> cache;

    /** No slot for a password check came free in time; the caller may retry shortly. */
    static final class Busy extends AuthenticationServiceException {
        Busy() {
            super("Too many sign-ins at once");
        }
    }

    private final Semaphore checks;
    private final long checkWaitMillis;

    VerifiedCredentials(AuthenticationProvider delegate, Clock clock, int concurrentChecks, Duration checkWait) {
        this.delegate = delegate;
        this.checks = new Semaphore(Math.max(1, concurrentChecks), true);
        this.checkWaitMillis = checkWait.toMillis();
        this.cache = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(TTL)
                .ticker(() -> clock.millis() * 1_000_000L).executor(Runnable::run).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String name = request.getName();
        Object password = request.getCredentials();
        if (name == null || password == null) {
            return delegate.authenticate(request);
        }
        String entry = mac(name + '\u0000' + password);
        Authentication known = cache.getIfPresent(entry);
        if (known != null) {
            return known;
        }
        Authentication verified = checked(request);
        if (verified != null && verified.isAuthenticated()) {
            Authentication withoutPassword = UsernamePasswordAuthenticationToken.authenticated(
                    verified.getPrincipal(), null, verified.getAuthorities());
            cache.put(entry, withoutPassword);
            return withoutPassword;
        }
        return verified;
    }

    private Authentication checked(Authentication request) {
        try {
            if (!checks.tryAcquire(checkWaitMillis, TimeUnit.MILLISECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        try {
            return delegate.authenticate(request);
        } finally {
            checks.release();
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
