package org.sijill.fact;

import java.time.Instant;

/** Version 1 of a fact. */
public record FactRecorded(String factId, FactContent content, String recordedBy, Instant recordedAt) {
}
