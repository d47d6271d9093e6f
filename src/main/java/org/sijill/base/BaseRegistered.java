package org.sijill.base;

import java.time.Instant;
import java.util.List;

/** A base became referable by facts. {@code location} and {@code locationNote} are null in events of earlier releases. */
public record BaseRegistered(String baseId, String nameEn, String nameAr, List<String> aliases, String province,
                             BaseLocation location, String locationNote,
                             String recordedBy, Instant recordedAt) {
}
