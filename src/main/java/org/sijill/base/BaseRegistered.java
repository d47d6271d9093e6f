package org.sijill.base;

import java.time.Instant;
import java.util.List;

/** A base became referable by facts. */
public record BaseRegistered(String baseId, String nameEn, String nameAr, List<String> aliases, String province,
                             String recordedBy, Instant recordedAt) {
}
