package org.sijill.record;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Filters of the fact lists. {@code from} and {@code to} bound valid time ([from, to), null for open);
 * a fact matches when its period overlaps them. {@code q} is matched after {@link org.sijill.shared.SearchText}.
 */
public record FactFilter(String kind, LocalDate from, LocalDate to, String force, String baseId, String sourceId,
                         String q, Instant asKnownAt, boolean includeRetracted) {
}
