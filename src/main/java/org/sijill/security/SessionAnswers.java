package org.sijill.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sijill.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.Map;

/**
 * The page's sign-in answers ({@code POST /api/v1/session}): 200 with the user's name and roles, or a problem: 401
 * for wrong credentials (no {@code WWW-Authenticate}, so the browser shows the page's form, not its own prompt), 429
 * while passwords are being checked for others. Throttling is the sign-in guard's, as for HTTP Basic.
 */
@Component
class SessionAnswers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final Problems problems;
    private final JsonMapper json;

    SessionAnswers(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), SessionController.Session.of(authentication, null));
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException {
        if (e instanceof VerifiedCredentials.Busy) {
            response.setHeader("Retry-After", "1");
            problems.write(response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many sign-ins at once",
                    "Passwords are being checked for other callers; try again in a second.", Map.of()));
            return;
        }
        problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "Unauthorized",
                "The name or the password is wrong.", Map.of()));
    }
}
