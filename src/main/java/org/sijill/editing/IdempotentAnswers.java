package org.sijill.editing;

import org.sijill.shared.StateConflictException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/**
 * The answers of idempotent writes, one row per user and Idempotency-Key (table idempotent_request).
 * {@link #store} runs inside the write's own savepoint, so the answer and the write commit together or
 * not at all; a concurrent request with the same key makes the insert wait until that one commits.
 */
@Component
class IdempotentAnswers {

    /** A request's claim on a key; the fingerprint covers method, path and exact body bytes. */
    record Claim(String principal, String key, String fingerprint) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    IdempotentAnswers(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** The stored answer for the claim's key, marked Idempotent-Replayed; a 409 when the key went with another request. */
    Optional<ResponseEntity<?>> find(Claim claim) {
        record Row(String fingerprint, Integer status, String location, String body) {
        }
        Optional<Row> row = jdbc.sql("""
                        SELECT fingerprint, status, location, body FROM idempotent_request
                        WHERE principal = :principal AND request_key = :key""")
                .param("principal", claim.principal()).param("key", claim.key())
                .query((rs, n) -> new Row(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4)))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        if (row.get().status() == null) {
            // A claim left by an old release that claimed keys before writing: its write stored no answer.
            jdbc.sql("DELETE FROM idempotent_request WHERE principal = :principal AND request_key = :key"
                    + " AND status IS NULL").param("principal", claim.principal()).param("key", claim.key()).update();
            return Optional.empty();
        }
        if (!row.get().fingerprint().equals(claim.fingerprint())) {
            throw new StateConflictException("This Idempotency-Key was already used with a different request.");
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(row.get().status())
                .contentType(MediaType.APPLICATION_JSON).header("Idempotent-Replayed", "true");
        if (row.get().location() != null) {
            answer.header(HttpHeaders.LOCATION, row.get().location());
        }
        return Optional.of(answer.body(row.get().body()));
    }

    /** Stores the answer in the current transaction; {@link AlreadyAnsweredException} when the key is taken. */
    void store(Claim claim, ResponseEntity<?> answer) {
        int stored = jdbc.sql("""
                        INSERT INTO idempotent_request (principal, request_key, fingerprint, status, location, body,
                            created_at)
                        VALUES (:principal, :key, :fingerprint, :status, :location, :body, :now)
                        ON CONFLICT DO NOTHING""")
                .param("principal", claim.principal()).param("key", claim.key())
                .param("fingerprint", claim.fingerprint()).param("status", answer.getStatusCode().value())
                .param("location", answer.getHeaders().getLocation() == null ? null
                        : answer.getHeaders().getLocation().toString())
                .param("body", json.writeValueAsString(answer.getBody()))
                .param("now", Timestamp.from(clock.instant())).update();
        if (stored == 0) {
            throw new AlreadyAnsweredException();
        }
    }
}
