package org.sijill.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The users of CONTRACT.md: analyst, editor and auditor exist only when their password is configured
 * (CHRONOLOGY_*_PASSWORD). Passwords are hashed with BCrypt on start; the plain text is not kept. No
 * password is built in: with none configured, nobody can write.
 */
@Configuration(proxyBeanMethods = false)
class Users {

    private static final Logger log = LoggerFactory.getLogger(Users.class);

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Verifies against the hashed users, remembering successes briefly (see VerifiedCredentials). */
    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder, Clock clock) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new VerifiedCredentials(passwords, clock));
    }

    @Bean
    UserDetailsService userDetailsService(PasswordEncoder encoder,
                             @Value("${chronology.security.analyst-password:}") String analyst,
                             @Value("${chronology.security.editor-password:}") String editor,
                             @Value("${chronology.security.auditor-password:}") String auditor) {
        List<UserDetails> users = new ArrayList<>();
        add(users, encoder, "analyst", analyst, SecurityConfig.ANALYST);
        add(users, encoder, "editor", editor, SecurityConfig.EDITOR);
        add(users, encoder, "auditor", auditor, SecurityConfig.AUDITOR);
        log.info("Users configured: {}", users.stream().map(UserDetails::getUsername).toList());
        return new InMemoryUserDetailsManager(users);
    }

    private static void add(List<UserDetails> users, PasswordEncoder encoder, String name, String password,
                            String role) {
        if (password != null && !password.isBlank()) {
            users.add(User.withUsername(name).password(encoder.encode(password)).roles(role).build());
        }
    }
}
