package org.sijill.fact;

import java.time.Instant;

/** The final version of a fact: withdrawn, its earlier versions kept. */
public record FactRetracted(String factId, long version, String reason, String recordedBy, Instant recordedAt) {
}
