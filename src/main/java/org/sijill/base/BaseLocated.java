package org.sijill.base;

import java.time.Instant;

/** A base's province, point and location note as now said (replacing what was said before). */
public record BaseLocated(String baseId, String province, BaseLocation location, String locationNote,
                          String recordedBy, Instant recordedAt) {
}
