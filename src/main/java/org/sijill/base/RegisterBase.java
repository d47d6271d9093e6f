package org.sijill.base;

import java.time.Instant;
import java.util.List;

/** Register a base: English and Arabic names, other spellings met in sources, province. */
public record RegisterBase(String baseId, String nameEn, String nameAr, List<String> aliases, String province,
                           String recordedBy, Instant recordedAt) {
}
