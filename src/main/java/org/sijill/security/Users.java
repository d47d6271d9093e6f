package org.sijill.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The users of CONTRACT.md: analyst, editor and auditor exist only when their password is configured
 * (CHRONOLOGY_*_PASSWORD). Passwords are hashed with BCrypt on start; the plain text is not kept. No
 * password is built in: with none configured, nobody can write, and the start-up log says so.
 * Personal accounts come from {@code CHRONOLOGY_USERS_FILE} ({@link UsersFile}), so that every editor
 * is recorded under their own name.
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
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder, Clock clock,
                                                SignInProperties signIn) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new VerifiedCredentials(passwords, clock, signIn.concurrentChecks(),
                signIn.checkWait()));
    }

    @Bean
    UserDetailsService userDetailsService(PasswordEncoder encoder,
                             SecurityProperties properties) {
        String analyst = properties.analystPassword();
        String editor = properties.editorPassword();
        String auditor = properties.auditorPassword();
        String usersFile = properties.usersFile();
        List<UserDetails> users = new ArrayList<>();
        add(users, encoder, "analyst", analyst, SecurityConfig.ANALYST);
        add(users, encoder, "editor", editor, SecurityConfig.EDITOR);
        add(users, encoder, "auditor", auditor, SecurityConfig.AUDITOR);
        if (usersFile != null && !usersFile.isBlank()) {
            for (UserDetails personal : UsersFile.read(Path.of(usersFile))) {
                if (users.stream().anyMatch(u -> u.getUsername().equals(personal.getUsername()))) {
                    throw new IllegalStateException("User " + personal.getUsername() + " is defined twice ("
                            + usersFile + " and the environment or the file itself)");
                }
                users.add(personal);
            }
        }
        log.info("Users configured: {}", users.stream().map(u -> u.getUsername() + " " + u.getAuthorities()).toList());
        boolean anyEditor = users.stream().flatMap(u -> u.getAuthorities().stream())
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + SecurityConfig.EDITOR));
        if (!anyEditor) {
            log.warn("No user can write: set CHRONOLOGY_EDITOR_PASSWORD or add EDITOR accounts to CHRONOLOGY_USERS_FILE");
        }
        return new InMemoryUserDetailsManager(users);
    }

    private static void add(List<UserDetails> users, PasswordEncoder encoder, String name, String password,
                            String role) {
        if (password != null && !password.isBlank()) {
            users.add(User.withUsername(name).password(encoder.encode(password)).roles(role).build());
        }
    }
}
