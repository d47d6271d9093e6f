package org.sijill.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.security.Principal;

/**
 * One line per refused API request (4xx, after sign-in: the sign-in guard logs its own) and per API write, with
 * method, path, user, status and time: what an operator greps. No stack trace: a refusal is an ordinary answer. The
 * write's own line (fact, version, change) is {@code editing.WriteGroup}'s. Runs inside the security chain (a plain
 * filter bean orders after it), so the user is known.
 */
@Component
class RequestLog extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestLog.class);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            int status = response.getStatus();
            boolean write = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                    && !"OPTIONS".equals(request.getMethod());
            if (status >= 400 && status < 500 || write) {
                Principal user = request.getUserPrincipal();
                log.info("{} {} {} user={} {}ms", status, request.getMethod(), request.getRequestURI()
                                + (request.getQueryString() == null ? "" : "?" + request.getQueryString()),
                        user == null ? "-" : user.getName(), (System.nanoTime() - start) / 1_000_000);
            }
        }
    }
}
