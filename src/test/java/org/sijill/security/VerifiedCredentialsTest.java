package org.sijill.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedCredentialsTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final AuthenticationProvider passwords = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication request) {
            checks.incrementAndGet();
            if (!"right".equals(request.getCredentials())) {
                throw new BadCredentialsException("bad");
            }
            return UsernamePasswordAuthenticationToken.authenticated(request.getName(), request.getCredentials(),
                    AuthorityUtils.createAuthorityList("ROLE_EDITOR"));
        }

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }
    };

    @Test
    void aVerifiedPasswordIsNotCheckedAgainWithinTheTtlAndIsNotKept() {
        VerifiedCredentials cache = new VerifiedCredentials(passwords, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), 1,
                java.time.Duration.ofSeconds(1));
        Authentication first = cache.authenticate(login("editor", "right"));
        Authentication second = cache.authenticate(login("editor", "right"));
        assertThat(checks).hasValue(1);
        assertThat(second.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_EDITOR");
        assertThat(first.getCredentials()).isNull();
    }

    @Test
    void failuresAreNeverCachedAndAnotherPasswordIsCheckedAgain() {
        VerifiedCredentials cache = new VerifiedCredentials(passwords, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), 1,
                java.time.Duration.ofSeconds(1));
        cache.authenticate(login("editor", "right"));
        assertThatThrownBy(() -> cache.authenticate(login("editor", "wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> cache.authenticate(login("editor", "wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThat(checks).hasValue(3);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void anEntryExpiresAfterTheTtl() {
        Instant[] now = {Instant.EPOCH};
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        VerifiedCredentials cache = new VerifiedCredentials(passwords, clock, 1, java.time.Duration.ofSeconds(1));
        cache.authenticate(login("editor", "right"));
        now[0] = now[0].plus(VerifiedCredentials.TTL).plusSeconds(1);
        cache.authenticate(login("editor", "right"));
        assertThat(checks).hasValue(2);
    }

    private static Authentication login(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
