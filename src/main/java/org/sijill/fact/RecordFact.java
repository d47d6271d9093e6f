package org.sijill.fact;

import java.time.Instant;

/** Record a new fact under a caller-chosen, deterministic id. */
public record RecordFact(String factId, FactContent content, String recordedBy, Instant recordedAt) {
}
