package org.sijill.editing;

import org.axonframework.commandhandling.GenericCommandMessage;
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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Exactly-once POSTs with an Idempotency-Key, per user. The answer is stored in the write's own
 * transaction ({@link IdempotencyRecord}), so what a caller can rely on after any failure is simple:
 * if the write committed, its answer is stored and every repeat of the request gets it (marked
 * Idempotent-Replayed) without writing again; if it did not commit, nothing is stored and a repeat
 * performs it once. There is no claim that a crash could leave behind. The same key with another
 * request is a 409; a refused request stores nothing and leaves the key free.
 */
@Service
class Idempotency {

    static final String HEADER = "Idempotency-Key";

    /** A write ready to send and the answer it gives once committed. */
    record Prepared(Object command, ResponseEntity<?> answer) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Writes writes;

    Idempotency(JdbcClient jdbc, JsonMapper json, Writes writes) {
        this.jdbc = jdbc;
        this.json = json;
        this.writes = writes;
    }

    ResponseEntity<?> run(String principal, String key, String request, byte[] body, Supplier<Prepared> prepare) {
        if (key == null) {
            Prepared prepared = prepare.get();
            writes.send(prepared.command());
            return prepared.answer();
        }
        List<Violation> violations = new ArrayList<>();
        Checks.text(violations, HEADER, key, 200, true);
        Checks.throwIfAny(violations);
        String fingerprint = fingerprint(request, body);
        Optional<ResponseEntity<?>> earlier = stored(principal, key, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Prepared prepared = prepare.get();
        ResponseEntity<?> answer = prepared.answer();
        StoredAnswer stored = new StoredAnswer(principal, key, fingerprint, answer.getStatusCode().value(),
                answer.getHeaders().getLocation() == null ? null : answer.getHeaders().getLocation().toString(),
                json.writeValueAsString(answer.getBody()));
        try {
            writes.send(GenericCommandMessage.asCommandMessage(prepared.command())
                    .andMetaData(Map.of(StoredAnswer.METADATA, stored)));
        } catch (AlreadyAnsweredException raced) {
            return stored(principal, key, fingerprint).orElseThrow(
                    () -> new StateConflictException("A request with this Idempotency-Key was just answered; retry."));
        }
        return answer;
    }

    private Optional<ResponseEntity<?>> stored(String principal, String key, String fingerprint) {
        record Row(String fingerprint, Integer status, String location, String body) {
        }
        Optional<Row> row = jdbc.sql("""
                        SELECT fingerprint, status, location, body FROM idempotent_request
                        WHERE principal = :principal AND request_key = :key""")
                .param("principal", principal).param("key", key)
                .query((rs, n) -> new Row(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4)))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        if (row.get().status() == null) {
            // A claim left by a release that claimed keys before writing: its write never stored an answer.
            jdbc.sql("DELETE FROM idempotent_request WHERE principal = :principal AND request_key = :key"
                    + " AND status IS NULL").param("principal", principal).param("key", key).update();
            return Optional.empty();
        }
        if (!row.get().fingerprint().equals(fingerprint)) {
            throw new StateConflictException("This Idempotency-Key was already used with a different request.");
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(row.get().status())
                .contentType(MediaType.APPLICATION_JSON).header("Idempotent-Replayed", "true");
        if (row.get().location() != null) {
            answer.header(HttpHeaders.LOCATION, row.get().location());
        }
        return Optional.of(answer.body(row.get().body()));
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
