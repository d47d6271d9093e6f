package org.sijill.base;

import java.time.Instant;
import java.util.List;

/** Register a base: English and Arabic names, other spellings met in sources, province, and where it is (see {@link LocateBase}). */
public record RegisterBase(String baseId, String nameEn, String nameAr, List<String> aliases, String province,
                           BaseLocation location, String locationNote,
                           String recordedBy, Instant recordedAt) {
}
