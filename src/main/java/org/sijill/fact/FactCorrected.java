package org.sijill.fact;

import java.time.Instant;

/** A new version of a fact; {@code content} is the whole content as corrected, not the difference. */
public record FactCorrected(String factId, long version, String reason, FactContent content, String recordedBy,
                            Instant recordedAt) {
}
