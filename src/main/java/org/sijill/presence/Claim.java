package org.sijill.presence;

import org.sijill.record.SourceView;
import org.sijill.fact.When;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One candidate answer for a presence subject, as read from fact_version. */
record Claim(String subjectType, String subjectId, String value, Long count, Long low, Long high, String qualifier,
             String basis, boolean inferred, When when, When announced, boolean inTransition, String factId, int version, List<SourceView> sources,
             String rank, int fineness, Instant recordedAt, String nameEn, String nameAr, String province) {

    String key() {
        return subjectType + "/" + subjectId;
    }

    LocalDate start() {
        return when.start();
    }

    /** The first day the claim no longer holds: the end of its span; null for a claim without until. */
    LocalDate stops() {
        return when.until() == null ? null : when.end();
    }

    boolean holdsOn(LocalDate day) {
        return !day.isBefore(start()) && (stops() == null || day.isBefore(stops()));
    }
}
