package org.sijill.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Who the page is signed in as, and the CSRF token its writes must carry (header {@code X-CSRF-TOKEN}). Signing in is
 * {@code POST /api/v1/session} (form fields {@code username}, {@code password}); signing out {@code DELETE}. API clients
 * need none of this: HTTP Basic on each request, no session, no CSRF token.
 */
@RestController
@Tag(name = "Session", description = "The page's sign-in (a session cookie with CSRF protection)")
class SessionController {

    /** {@code name} is null and {@code roles} empty for an anonymous reader. */
    record Session(@Nullable String name, List<String> roles, @Nullable String csrfHeader, @Nullable String csrfToken) {

        static Session of(@Nullable Authentication auth, @Nullable CsrfToken csrf) {
            boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
            return new Session(signedIn ? auth.getName() : null, signedIn ? auth.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_"))
                    .map(a -> a.substring("ROLE_".length())).sorted().toList()
                    : List.of(), csrf == null ? null : csrf.getHeaderName(), csrf == null ? null : csrf.getToken());
        }
    }

    @GetMapping("/api/v1/session")
    @Operation(summary = "The signed-in user's name and roles (none when anonymous) and the CSRF token for the page's "
            + "writes")
    Session current(@io.swagger.v3.oas.annotations.Parameter(hidden = true) @Nullable Authentication auth,
                    @io.swagger.v3.oas.annotations.Parameter(hidden = true) @Nullable CsrfToken csrf) {
        return Session.of(auth, csrf);
    }
}
