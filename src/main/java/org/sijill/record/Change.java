package org.sijill.record;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One recording, correction or retraction of a fact (CONTRACT.md {@code GET /changes}); seq is its event's. */
public record Change(long seq, String factId, int version, String change, @Nullable String reason, Instant recordedAt,
                     String recordedBy) {
}
