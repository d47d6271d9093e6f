package org.sijill.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sijill.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * Stands before HTTP Basic and the page's sign-in form ({@code POST /api/v1/session}): a request whose address must wait ({@link SignInThrottle}) gets {@code 429} with
 * {@code Retry-After} and costs no password hash; the outcome of every other sign-in is counted, logged in one line
 * (user, address, outcome; never the password) and measured ({@code sijill.sign.ins} by outcome). Basic sends
 * credentials with every request, so a success is logged once per user and address in ten minutes.
 *
 * <p>A throttled answer is held back {@value #HOLD_MILLIS} ms before it is sent, so a client that retries at
 * once sends a few requests a second instead of hundreds; at most {@value #MAX_HELD} answers are held at once
 * (the others go at once), so holding cannot take every request thread.
 *
 * <p>The address is the request's remote address: behind a reverse proxy it is the proxy's, unless the operator
 * tells the server to trust forwarded headers ({@code server.forward-headers-strategy}, SECURITY.md).
 */
class SignInGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignInGuard.class);
    static final long HOLD_MILLIS = 250;
    static final int MAX_HELD = 16;

    private final java.util.concurrent.Semaphore held = new java.util.concurrent.Semaphore(MAX_HELD);

    private final SignInThrottle throttle;
    private final Problems problems;
    private final MeterRegistry meters;
    private final Cache<String, Boolean> recentlyLogged = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10)).build();

    SignInGuard(SignInThrottle throttle, Problems problems, MeterRegistry meters) {
        this.throttle = throttle;
        this.problems = problems;
        this.meters = meters;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = basicUser(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (user == null && "POST".equals(request.getMethod()) && SecurityConfig.SESSION.equals(request.getRequestURI())) {
            String named = request.getParameter("username");
            user = named == null || named.isBlank() ? null : named.substring(0, Math.min(named.length(), 100))
                    .replaceAll("\\p{Cntrl}", "?");
        }
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        var wait = throttle.waitFor(address, user);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            count("throttled");
            if (recentlyLogged.asMap().putIfAbsent("throttled|" + user + "|" + address, true) == null) {
                log.warn("Sign-in throttled: user={} address={} retryAfter={}s", user, address, seconds);
            }
            holdBack();
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            problems.write(response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins",
                    "Too many failed sign-ins from this address; try again after " + seconds + " s.", Map.of()));
            return;
        }
        chain.doFilter(request, response);
        int status = response.getStatus();
        if (status == HttpStatus.UNAUTHORIZED.value()) {
            throttle.failed(address, user);
            count("failure");
            log.warn("Sign-in failed: user={} address={}", user, address);
        } else if (status != HttpStatus.TOO_MANY_REQUESTS.value()) {
            throttle.succeeded(address, user);
            count("success");
            if (recentlyLogged.asMap().putIfAbsent("ok|" + user + "|" + address, true) == null) {
                log.info("Sign-in: user={} address={}", user, address);
            }
        }
    }

    private void holdBack() {
        if (!held.tryAcquire()) {
            return;
        }
        try {
            Thread.sleep(HOLD_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            held.release();
        }
    }

    private void count(String outcome) {
        meters.counter("sijill.sign.ins", "outcome", outcome).increment();
    }

    /** The user name of a Basic header, or null when there is none or it cannot be read. */
    static String basicUser(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : decoded.substring(0, Math.min(colon, 100)).replaceAll("\\p{Cntrl}", "?");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
