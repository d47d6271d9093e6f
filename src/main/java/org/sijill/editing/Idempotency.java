package org.sijill.editing;

import org.sijill.shared.Checks;
import org.sijill.shared.StateConflictException;
import org.sijill.shared.Violation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Idempotent retries of POSTs sent with an Idempotency-Key, per user. The key is claimed before the
 * work runs, so two concurrent requests with one key never both run. A successful answer is kept and
 * returned to every repeat of the same request; the same key with another request is a 409. A failed
 * request releases its key: nothing was stored, and a retry is answered afresh.
 */
@Service
class Idempotency {

    static final String HEADER = "Idempotency-Key";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    Idempotency(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    ResponseEntity<?> run(String principal, String key, String request, byte[] body, Supplier<ResponseEntity<?>> work) {
        if (key == null) {
            return work.get();
        }
        List<Violation> violations = new ArrayList<>();
        Checks.text(violations, HEADER, key, 200, true);
        Checks.throwIfAny(violations);
        String fingerprint = fingerprint(request, body);
        int claimed = jdbc.sql("""
                        INSERT INTO idempotent_request (principal, request_key, fingerprint, created_at)
                        VALUES (:principal, :key, :fingerprint, :now) ON CONFLICT DO NOTHING""")
                .param("principal", principal).param("key", key).param("fingerprint", fingerprint)
                .param("now", Timestamp.from(clock.instant())).update();
        if (claimed == 0) {
            return replay(principal, key, fingerprint);
        }
        try {
            ResponseEntity<?> answer = work.get();
            jdbc.sql("""
                            UPDATE idempotent_request SET status = :status, location = :location, body = :body
                            WHERE principal = :principal AND request_key = :key""")
                    .param("status", answer.getStatusCode().value())
                    .param("location", answer.getHeaders().getLocation() == null ? null
                            : answer.getHeaders().getLocation().toString())
                    .param("body", json.writeValueAsString(answer.getBody()))
                    .param("principal", principal).param("key", key).update();
            return answer;
        } catch (RuntimeException e) {
            jdbc.sql("DELETE FROM idempotent_request WHERE principal = :principal AND request_key = :key")
                    .param("principal", principal).param("key", key).update();
            throw e;
        }
    }

    private ResponseEntity<?> replay(String principal, String key, String fingerprint) {
        record Stored(String fingerprint, Integer status, String location, String body) {
        }
        Stored stored = jdbc.sql("""
                        SELECT fingerprint, status, location, body FROM idempotent_request
                        WHERE principal = :principal AND request_key = :key""")
                .param("principal", principal).param("key", key)
                .query((rs, n) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
                        rs.getString(4)))
                .optional().orElseThrow(() -> new StateConflictException("The Idempotency-Key was just released; retry."));
        if (!stored.fingerprint().equals(fingerprint)) {
            throw new StateConflictException("This Idempotency-Key was already used with a different request.");
        }
        if (stored.status() == null) {
            throw new StateConflictException("A request with this Idempotency-Key is still being processed.");
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(stored.status()).contentType(MediaType.APPLICATION_JSON)
                .header("Idempotent-Replayed", "true");
        if (stored.location() != null) {
            answer.header(HttpHeaders.LOCATION, stored.location());
        }
        return answer.body(stored.body());
    }

    private static String fingerprint(String request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(request.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(body == null ? new byte[0] : body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
