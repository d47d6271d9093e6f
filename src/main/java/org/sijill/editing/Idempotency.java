package org.sijill.editing;

import org.jspecify.annotations.Nullable;
import org.sijill.shared.Checks;
import org.sijill.shared.StateConflictException;
import org.sijill.shared.Violation;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Exactly-once POSTs with an Idempotency-Key, per user. The answer is stored in the write's own savepoint
 * ({@link WritePipeline}), so what a caller can rely on after any failure is simple: if the write committed,
 * its answer is stored and every repeat of the request gets it (marked Idempotent-Replayed) without writing
 * again; if it did not commit, nothing is stored and a repeat performs it once. The same key with another
 * request is a 409; a refused request stores nothing and leaves the key free. No library does this for an
 * event-sourced write path (the answer must commit with the events), hence this class.
 */
@Service
class Idempotency {

    static final String HEADER = "Idempotency-Key";

    private final IdempotentAnswers answers;
    private final WritePipeline pipeline;

    Idempotency(IdempotentAnswers answers, WritePipeline pipeline) {
        this.answers = answers;
        this.pipeline = pipeline;
    }

    /** Performs the write {@code prepare} makes (called at most once), or replays the key's stored answer. */
    ResponseEntity<?> run(String principal, @Nullable String key, String request, byte @Nullable [] body,
                          Supplier<Write> prepare) {
        if (key == null) {
            return pipeline.submit(prepare.get(), null);
        }
        List<Violation> violations = new ArrayList<>();
        Checks.text(violations, HEADER, key, 200, true);
        Checks.throwIfAny(violations);
        IdempotentAnswers.Claim claim = new IdempotentAnswers.Claim(principal, key, fingerprint(request, body));
        Optional<ResponseEntity<?>> earlier = answers.find(claim);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return pipeline.submit(prepare.get(), claim);
        } catch (AlreadyAnsweredException raced) {
            return answers.find(claim).orElseThrow(
                    () -> new StateConflictException("A request with this Idempotency-Key was just answered; retry."));
        } catch (StateConflictException conflict) {
            // A concurrent request with the same key and body may have written first, making this one a duplicate
            // claim or a stale version: the key's answer is then this request's answer too.
            return answers.find(claim).orElseThrow(() -> conflict);
        }
    }

    private static String fingerprint(String request, byte @Nullable [] body) {
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
