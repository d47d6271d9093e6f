package org.sijill.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts failed sign-ins per client address and per account, in Caffeine caches bounded in size and expiring
 * after the window, so a storm of requests from many addresses cannot grow them without bound.
 *
 * <p>An address may fail {@code freeFailures} times; each further failure makes it wait twice as long as the
 * last (1 s, 2 s, 4 s… up to {@code maxWait}) before it may try again. An account that failed
 * {@code accountFailures} times in the window is closed to every address that has failed at all, and stays open to
 * the others: an attacker cannot lock a real user out, only themselves.
 */
class SignInThrottle {

    private static final long MAX_KEYS = 100_000;

    /** An address's failures, the time it must wait until, and the accounts it failed on. */
    record Attempts(int failures, Instant waitUntil, java.util.Set<String> accounts) {
    }

    private final SignInProperties settings;
    private final Clock clock;
    private final Cache<String, Attempts> byAddress;
    private final Cache<String, Integer> byAccount;

    SignInThrottle(SignInProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.byAddress = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterWrite(settings.window())
                .ticker(() -> clock.millis() * 1_000_000L).executor(Runnable::run).build();
        this.byAccount = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterWrite(settings.window())
                .ticker(() -> clock.millis() * 1_000_000L).executor(Runnable::run).build();
    }

    /** How long this address must wait before trying this account; empty: it may try now. */
    Optional<Duration> waitFor(String address, String account) {
        Attempts attempts = byAddress.getIfPresent(address);
        Instant now = clock.instant();
        if (attempts != null && attempts.waitUntil().isAfter(now)) {
            return Optional.of(Duration.between(now, attempts.waitUntil()));
        }
        Integer accountFailures = byAccount.getIfPresent(account);
        if (attempts != null && accountFailures != null && accountFailures >= settings.accountFailures()) {
            return Optional.of(settings.window());
        }
        return Optional.empty();
    }

    void failed(String address, String account) {
        Instant now = clock.instant();
        byAddress.asMap().compute(address, (key, before) -> {
            int failures = before == null ? 1 : before.failures() + 1;
            int over = failures - settings.freeFailures();
            Duration wait = over <= 0 ? Duration.ZERO : backoff(over);
            java.util.Set<String> accounts = new java.util.HashSet<>(before == null ? java.util.Set.of() : before.accounts());
            if (accounts.size() < 100) {
                accounts.add(account);
            }
            return new Attempts(failures, now.plus(wait), java.util.Set.copyOf(accounts));
        });
        byAccount.asMap().merge(account, 1, Integer::sum);
    }

    /**
     * A success clears the address's count when every failure from it was on the account that now got in: a user who
     * mistyped twice starts afresh, but signing in to one's own account does not wipe the failures against another.
     */
    void succeeded(String address, String account) {
        byAddress.asMap().computeIfPresent(address, (key, before) ->
                before.accounts().stream().allMatch(account::equals) ? null : before);
    }

    private Duration backoff(int over) {
        Duration wait = Duration.ofSeconds(1L << Math.min(over - 1, 20));
        return wait.compareTo(settings.maxWait()) > 0 ? settings.maxWait() : wait;
    }
}
