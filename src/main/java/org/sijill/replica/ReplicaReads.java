package org.sijill.replica;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends the public reads ({@code GET}/{@code HEAD} under {@code /api/v1}, except the audit and the session) to the
 * replica when it has replayed the client's own writes: the position in the {@value #COOKIE} cookie or the
 * {@value #AFTER} header (what a write answered in {@value WrittenPosition#HEADER}), and the signed-in user's last write
 * on this node. It runs before the read caching filter, so that the ETag names the head of the database that answers.
 * Otherwise, after waiting at most {@code max-wait}, or when the replica fails, the primary answers. The
 * answer says which in {@value #FROM}. A read the replica began answering and that fails midway (the replica stopped
 * during it) fails as a database failure does (503); the next goes to the primary.
 */
final class ReplicaReads extends OncePerRequestFilter {

    static final String COOKIE = "SIJILL_WRITTEN";
    static final String AFTER = "Sijill-After-Lsn";
    static final String FROM = "Sijill-Read-From";

    private final Replication replication;

    ReplicaReads(Replication replication) {
        this.replication = replication;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        return !read || !path.startsWith("/api/v1/") || path.startsWith("/api/v1/audit")
                || path.startsWith("/api/v1/session");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> after = new ArrayList<>();
        add(after, request.getHeader(AFTER));
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    add(after, cookie.getValue());
                }
            }
        }
        add(after, replication.lastWriteOf(claimedUser(request)));
        boolean replica = replication.replicaServes(after);
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

    /** A position of the right form; anything else a client sends is ignored. */
    private static void add(List<String> after, @Nullable String position) {
        if (position != null && Replication.POSITION.matcher(position).matches()) {
            after.add(position);
        }
    }

    /** The signed-in user, for {@link WrittenPosition} (which runs after Spring Security). */
    static @Nullable String user() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName()) ? null : auth.getName();
    }

    /**
     * The user named by Basic credentials, not yet verified (this filter runs before Spring Security, see
     * {@link ReplicaConfig}): a false name can only make a read wait for, or go to, the primary, and reveals nothing.
     */
    private static @Nullable String claimedUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(java.util.Base64.getDecoder().decode(header.substring(6).trim()),
                    java.nio.charset.StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
