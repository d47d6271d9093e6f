package org.sijill.record;

import org.sijill.fact.When;

import java.time.Instant;
import java.util.List;

/** One candidate answer for a presence subject, as read from fact_version. */
record Claim(String subjectType, String subjectId, String value, Long count, Long low, Long high, When when,
             boolean inTransition, String factId, int version, List<SourceView> sources, String rank,
             int fineness, Instant recordedAt, String nameEn, String nameAr, String province) {

    String key() {
        return subjectType + "/" + subjectId;
    }
}
