package org.sijill.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.sijill.web.Problems;

import java.io.IOException;

/** 401 (no or wrong credentials) and 403 (wrong role) as application/problem+json. */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Problems problems;

    ProblemResponses(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof VerifiedCredentials.Busy) {
            response.setHeader("Retry-After", "1");
            write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many sign-ins at once",
                    "Passwords are being checked for other callers; try again in a second.");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"sijill\"");
        write(response, HttpStatus.UNAUTHORIZED, "Unauthorized", "Valid credentials are required (HTTP Basic).");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this request.");
    }

    private void write(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        problems.write(response, Problems.of(status, title, detail, java.util.Map.of()));
    }
}
