package org.sijill.replica;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * Sends the public reads ({@code GET}/{@code HEAD} under {@code /api/v1}, except the audit, the session and the
 * streamed exports, whose bodies are read on another thread) to the replica once it has replayed what the read must
 * see, waiting at most {@code max-wait}; otherwise, or when the replica fails, the primary answers. The answer says
 * which in {@value #FROM}. What a read must see:
 * <ul>
 * <li>a read with credentials (Basic, or a session): everything committed before it, i.e. the primary's current
 * position, so that a signed-in client sees its own writes whichever node took them;</li>
 * <li>a read about a record instant ({@code asKnownAt}, {@code fromKnownAt}, {@code toKnownAt}): the same, so that an
 * answer about a past instant, which may be cached as immutable, holds everything recorded by then;</li>
 * <li>an anonymous read that carries a write's position ({@value #COOKIE} cookie or {@value #AFTER} header): that
 * position, at most the primary's (a position beyond it was never written);</li>
 * <li>any other read: nothing; it may be as stale as the replica's lag.</li>
 * </ul>
 * It runs before the read caching filter, so that the ETag names the head of the database that answers. A read the
 * replica began and that fails midway (the replica stopped during it) fails as a database failure does (503).
 */
final class ReplicaReads extends OncePerRequestFilter {

    static final String COOKIE = "SIJILL_WRITTEN";
    static final String AFTER = "Sijill-After-Lsn";
    static final String FROM = "Sijill-Read-From";
    private static final List<String> INSTANTS = List.of("asKnownAt", "fromKnownAt", "toKnownAt");
    private static final List<String> PRIMARY_ONLY = List.of("/api/v1/audit", "/api/v1/session", "/api/v1/export");

    private final Replication replication;

    ReplicaReads(Replication replication) {
        this.replication = replication;
    }

    /** Decided on the container's decoded and normalised path, not the raw URI. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        return !read || !path.startsWith("/api/v1/") || PRIMARY_ONLY.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean replica;
        try {
            replica = replication.replicaServes(mustSee(request));
        } catch (DataAccessException primaryDown) {
            replica = false; // the primary answers, or fails as it would without a replica
        }
        response.setHeader(FROM, replica ? "replica" : "primary");
        if (replica) {
            ReadRoute.toReplica();
        }
        try {
            chain.doFilter(request, response);
        } finally {
            ReadRoute.clear();
        }
    }

    /** The position the replica must have replayed to answer (0: none); asks the primary only when needed. */
    private long mustSee(HttpServletRequest request) {
        boolean current = request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getRequestedSessionId() != null
                || INSTANTS.stream().anyMatch(name -> request.getParameter(name) != null);
        long carried = position(request.getHeader(AFTER));
        Cookie[] cookies = request.getCookies();
        for (int i = 0; cookies != null && i < Math.min(cookies.length, 8); i++) {
            if (COOKIE.equals(cookies[i].getName())) {
                carried = Math.max(carried, position(cookies[i].getValue()));
            }
        }
        if (!current && carried == 0) {
            return 0;
        }
        long primary = replication.primaryPosition();
        return current ? primary : Math.min(carried, primary);
    }

    private static long position(String text) {
        Long position = Replication.parse(text);
        return position == null ? 0 : position;
    }
}
