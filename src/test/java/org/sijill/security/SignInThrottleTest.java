package org.sijill.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle's schedule on a clock the test moves: free failures, doubling waits, accounts under attack. */
class SignInThrottleTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final SignInThrottle throttle = new SignInThrottle(
            new SignInProperties(3, Duration.ofMinutes(15), Duration.ofMinutes(15), 5, 1, Duration.ofSeconds(1)), clock);

    private void advance(Duration by) {
        now.updateAndGet(t -> t.plus(by));
    }

    @Test
    void anAddressFailsFreelyThenWaitsTwiceAsLongAfterEveryFailure() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.waitFor("10.0.0.1", "editor")).isEmpty();
            throttle.failed("10.0.0.1", "editor");
        }
        assertThat(throttle.waitFor("10.0.0.1", "editor")).as("three failures are free").isEmpty();
        throttle.failed("10.0.0.1", "editor");
        assertThat(throttle.waitFor("10.0.0.1", "editor")).contains(Duration.ofSeconds(1));
        advance(Duration.ofSeconds(1));
        throttle.failed("10.0.0.1", "editor");
        assertThat(throttle.waitFor("10.0.0.1", "editor")).contains(Duration.ofSeconds(2));
        assertThat(throttle.waitFor("10.0.0.2", "editor")).as("another address is not held").isEmpty();
    }

    @Test
    void theWaitStopsAtItsMaximumAndTheCountEndsWithTheWindow() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("10.0.0.3", "analyst");
        }
        assertThat(throttle.waitFor("10.0.0.3", "analyst")).contains(Duration.ofMinutes(15));
        advance(Duration.ofMinutes(16));
        assertThat(throttle.waitFor("10.0.0.3", "analyst")).isEmpty();
    }

    @Test
    void anAccountUnderAttackIsClosedToAddressesThatFailedAndOpenToTheOthers() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("192.0.2." + i, "editor");
        }
        assertThat(throttle.waitFor("192.0.2.1", "editor")).as("an address that failed for it").isPresent();
        assertThat(throttle.waitFor("198.51.100.9", "editor")).as("the real user, elsewhere").isEmpty();
        assertThat(throttle.waitFor("192.0.2.1", "analyst")).as("another account from a once-failed address").isEmpty();
    }

    @Test
    void aSuccessClearsTheAddress() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("10.0.0.4", "auditor");
        }
        throttle.succeeded("10.0.0.4", "auditor");
        throttle.failed("10.0.0.4", "auditor");
        assertThat(throttle.waitFor("10.0.0.4", "auditor")).as("one failure since the success").isEmpty();
    }

    @Test
    void signingInToOnesOwnAccountDoesNotClearTheFailuresAgainstAnother() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("10.0.0.5", "auditor");
        }
        throttle.succeeded("10.0.0.5", "analyst");
        throttle.failed("10.0.0.5", "auditor");
        assertThat(throttle.waitFor("10.0.0.5", "auditor")).as("the guesses against auditor still count").isPresent();
    }

    @Test
    void theUserOfABasicHeaderIsReadWithoutItsPasswordAndWithoutControlCharacters() {
        String header = "Basic " + java.util.Base64.getEncoder().encodeToString("edi\ntor:secret:x".getBytes());
        assertThat(SignInGuard.basicUser(header)).isEqualTo("edi?tor");
        assertThat(SignInGuard.basicUser("Bearer abc")).isNull();
        assertThat(SignInGuard.basicUser("Basic !!!")).isNull();
    }
}
