package org.sijill.record;

import org.sijill.eventstore.EventLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * HTTP caching of reads (GET and HEAD under /api/v1, audit excepted). The ETag names the record's state,
 * the event store's head (the read model is written in the same transactions, so it is at the head too):
 * every answer is the same for the same tag (weak: the same answer compressed or not; the server
 * compresses only responses without a strong tag), and If-None-Match answers 304 before any query runs.
 * An answer about a past instant ({@code asKnownAt} more than {@value #SETTLED_SECONDS} s ago, beyond any
 * write still committing) can never change, and is marked immutable; other answers must be revalidated
 * ({@code no-cache}), never served stale.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ReadCaching extends OncePerRequestFilter {

    static final long SETTLED_SECONDS = 60;

    private final EventLog events;
    private final Clock clock;

    ReadCaching(EventLog events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        return !read || !path.startsWith("/api/v1/") || path.startsWith("/api/v1/audit");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long head;
        try {
            head = events.head();
        } catch (RuntimeException databaseDown) {
            chain.doFilter(request, response);
            return;
        }
        String accept = String.valueOf(request.getHeader(HttpHeaders.ACCEPT));
        String etag = "W/\"r" + head + (accept.contains("text/csv") ? "-csv" : "") + "\"";
        response.setHeader(HttpHeaders.VARY, "Accept");
        response.setHeader(HttpHeaders.CACHE_CONTROL, (settled(request.getParameter("asKnownAt"))
                ? CacheControl.maxAge(Duration.ofDays(365)).immutable() : CacheControl.noCache()).getHeaderValue());
        if (new ServletWebRequest(request, response).checkNotModified(etag)) {
            return; // 304, with the ETag
        }
        chain.doFilter(request, response);
    }

    private boolean settled(String asKnownAt) {
        if (asKnownAt == null || asKnownAt.isBlank()) {
            return false;
        }
        try {
            return Instant.parse(asKnownAt).isBefore(clock.instant().minus(Duration.ofSeconds(SETTLED_SECONDS)));
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
